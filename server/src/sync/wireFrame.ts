/**
 * A binary message framed once as the server sends it (RFC 6455 §5.2: FIN, binary opcode, no
 * mask, then the payload length in 7, 16 or 64 bits): a broadcast writes these same bytes to
 * every socket of a room instead of framing the message again for each one.
 */
export function binaryFrame(message: Uint8Array): Buffer {
  const length = message.length;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(message, headerBytes);
  return frame;
}

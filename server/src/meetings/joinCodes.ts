import { randomInt } from "node:crypto";

/**
 * Join codes are typed from a projector or read aloud across a room, so they are short and
 * leave out the characters people confuse: 0/O, 1/I/L. Six of the 31 left give 887 million
 * codes, ample for the groups of the meetings on one server; a code only lets someone join
 * that group's board as a participant, which its link does too.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

const CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * A typed code as stored: upper case, without the spaces and hyphens people add when they copy
 * it in two halves; null when it cannot be a code.
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

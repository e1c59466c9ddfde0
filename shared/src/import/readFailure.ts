/** A problem in the text being read, at a line (1-based) or none, ending the read. */
export class ReadFailure extends Error {
  constructor(
    readonly line: number | null,
    message: string,
  ) {
    super(message);
  }
}

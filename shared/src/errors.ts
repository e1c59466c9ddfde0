export type BoardOpErrorCode =
  | "note-too-long"
  | "title-too-long"
  | "unknown-note"
  | "unknown-lane"
  | "unknown-cluster"
  | "invalid-input";

/**
 * Thrown by board operations before they touch the document, so a rejected operation leaves
 * nothing half-applied for other participants to receive.
 */
export class BoardOpError extends Error {
  readonly code: BoardOpErrorCode;

  constructor(code: BoardOpErrorCode, message: string) {
    super(message);
    this.name = "BoardOpError";
    this.code = code;
  }
}

export function isBoardOpError(error: unknown): error is BoardOpError {
  return error instanceof BoardOpError;
}

/**
 * A failure of the server under test (it exited, refused clients, answered with an error, never
 * converged). Such failures are recorded against the run and reported as FAIL; any other error is a
 * fault of the harness itself and aborts the bench with a non-zero exit code.
 */
export class TargetError extends Error {
  override readonly name = "TargetError";
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

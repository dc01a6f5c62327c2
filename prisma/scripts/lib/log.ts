/** True when VENTANILLA_DEBUG=1: the database tooling then explains each step on stderr. */
export const isDebug = process.env.VENTANILLA_DEBUG === "1";

/** Step-by-step trace of the database tooling, silent unless VENTANILLA_DEBUG=1. */
export function debug(message: string): void {
  if (isDebug) process.stderr.write(`[ventanilla:db] ${message}\n`);
}

/** The message of anything thrown, for error texts that wrap another error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error === undefined) return "unknown error (undefined was thrown)";
  return String(error);
}

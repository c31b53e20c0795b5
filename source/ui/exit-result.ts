// What a screen hands Ink's exit() when the person quits after something failed (the board
// never loaded, the token was rejected): the command then ends with exit code 1, as
// `status` does for the same input.
export const FAILED_EXIT = {exitCode: 1} as const;

export function exitCodeOf(result: unknown): number {
  if (typeof result === 'object' && result !== null && 'exitCode' in result) {
    const code = (result as {exitCode: unknown}).exitCode;
    if (typeof code === 'number' && Number.isInteger(code)) return code;
  }
  return 0;
}

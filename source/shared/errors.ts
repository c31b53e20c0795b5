// The errors every layer raises or reads. Every message is one sentence meant for a person
// and never carries a token; describe() is what is shown, with whatever a subclass adds
// (the Heroku client's errors add the Request-Id, for support).

export class PipelineTuiError extends Error {
  override name = 'PipelineTuiError';
  // Exit code the CLI uses when this error ends the program.
  exitCode = 1;

  // The message as shown to people.
  describe(): string {
    return this.message;
  }
}

// A configuration problem (bad HEROKU_HOST, missing token, bad flag): exit 2, nothing sent.
export class ConfigError extends PipelineTuiError {
  override name = 'ConfigError';
  override exitCode = 2;
}

export function describeError(error: unknown): string {
  if (error instanceof PipelineTuiError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}

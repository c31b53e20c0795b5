import {PipelineTuiError} from './errors.js';

// A whole operation (a board refresh, `status`) gets a total time; past it the caller is
// told so in one sentence, and what was still in flight is no longer waited for.

export class DeadlineError extends PipelineTuiError {
  override name = 'DeadlineError';
}

// Deadlines written in README's Troubleshooting section.
export const REFRESH_BUDGET_MS = 20_000;

export function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

export async function withinBudget<T>(work: Promise<T>, ms: number, sentence: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(sentence)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

import {createInterface} from 'node:readline/promises';
import process from 'node:process';

// One line typed at the terminal, the question written to stderr (stdout is kept for the
// result); a closed input is an empty answer.
export async function ask(
  streams: {stdin?: NodeJS.ReadableStream; stderr: NodeJS.WritableStream},
  question: string,
): Promise<string> {
  const reader = createInterface({
    input: streams.stdin ?? process.stdin,
    output: streams.stderr,
    terminal: false,
  });
  try {
    return await reader.question(question);
  } catch {
    return '';
  } finally {
    reader.close();
  }
}

import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type FakeTool = {dir: string; calls(): string[]; cleanup(): void};

// A stand-in for secret-tool (or security) in a folder of its own, to put on PATH: it
// records its arguments and runs `body` (shell).
export function fakeTool(name: string, body: string): FakeTool {
  const dir = mkdtempSync(path.join(tmpdir(), 'pipeline-tui-tool-'));
  const log = path.join(dir, 'calls.log');
  const script = `#!/bin/sh\necho "$*" >> '${log}'\n${body}\n`;
  writeFileSync(path.join(dir, name), script);
  chmodSync(path.join(dir, name), 0o755);
  return {
    dir,
    calls() {
      try {
        return readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    cleanup() {
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

// Answers the Heroku CLI's entry (service heroku-cli), and nothing else.
export function secretToolAnswering(token: string): FakeTool {
  return fakeTool(
    'secret-tool',
    `if [ "$1" = lookup ] && [ "$2" = service ] && [ "$3" = heroku-cli ]; then printf '%s\\n' '${token}'; exit 0; fi\nexit 1`,
  );
}

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type TempEnv = {
  root: string;
  home: string;
  configDir: string;
  netrcPath: string;
  env: NodeJS.ProcessEnv;
  writeNetrc(text: string): void;
  cleanup(): void;
};

// A HOME and a settings folder of their own, so no test reads or writes the real ones.
// The settings folder does not exist yet: opening the store creates it.
export function makeTempEnv(extra: NodeJS.ProcessEnv = {}): TempEnv {
  const root = mkdtempSync(path.join(tmpdir(), 'pipeline-tui-cred-'));
  const home = path.join(root, 'home');
  const configDir = path.join(root, 'settings', 'pipeline-tui');
  const netrcPath = path.join(home, '.netrc');
  mkdirSync(home, {recursive: true});
  return {
    root,
    home,
    configDir,
    netrcPath,
    env: {HOME: home, PIPELINE_TUI_CONFIG_DIR: configDir, ...extra},
    writeNetrc(text) {
      writeFileSync(netrcPath, text, {mode: 0o600});
    },
    cleanup() {
      rmSync(root, {recursive: true, force: true});
    },
  };
}

import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

// Found by walking up from this file, so it works from source (tsx) and from dist/.
function readVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'pipeline-tui' && pkg.version) return pkg.version;
    } catch {
      // not here: keep walking up
    }
    folder = dirname(folder);
  }
  return '0.0.0';
}

export const VERSION = readVersion();

import {ESLint} from 'eslint';
import {beforeAll, describe, expect, it} from 'vitest';

// The layer arrows of eslint.config.js, checked on small sources linted as if they were
// files of each layer: a refused import is an error, an allowed one is not.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({cwd: process.cwd()});
});

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const x = 1;\n`, {filePath});
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const refused: Array<[string, string]> = [
  ['source/shared/example.ts', "import {buildBoard} from '../board/build-board.js';"],
  ['source/shared/example.ts', "import {render} from 'ink';"],
  ['source/heroku/example.ts', "import {buildBoard} from '../board/build-board.js';"],
  ['source/heroku/example.ts', "import type {Services} from '../contract/services.js';"],
  ['source/board/example.ts', "import {HerokuClient} from '../heroku/client.js';"],
  ['source/board/example.ts', "import {useState} from 'react';"],
  ['source/board/example.ts', "import {endpointOf} from '../diff/endpoint.js';"],
  ['source/diff/example.ts', "import {createServices} from '../services/create-services.js';"],
  ['source/credentials/example.ts', "import {buildBoard} from '../board/build-board.js';"],
  ['source/simulator/example.ts', "import {HerokuClient} from '../heroku/client.js';"],
  ['source/simulator/example.ts', "import {buildBoard} from '../board/build-board.js';"],
  ['source/contract/example.ts', "import type {HerokuClient} from '../heroku/client.js';"],
  ['source/services/example.ts', "import {useServices} from '../ui/services.js';"],
  ['source/services/example.ts', "import {runStatus} from '../commands/status.js';"],
  ['source/services/example.ts', "import {startSimulator} from '../simulator/index.js';"],
  ['source/ui/example.tsx', "import {HerokuClient} from '../heroku/client.js';"],
  ['source/ui/example.tsx', "import {createServices} from '../services/create-services.js';"],
  ['source/ui/promote/example.tsx', "import {createRuntime} from '../../services/runtime.js';"],
  ['source/ui/promote/example.tsx', "import {endpointOf} from '../../diff/endpoint.js';"],
  ['source/commands/example.ts', "import {useServices} from '../ui/services.js';"],
  ['source/commands/example.ts', "import {createServices} from '../services/create-services.js';"],
  ['source/commands/example.ts', "import {parse} from '../cli/options.js';"],
  ['source/ui/example.tsx', "import {parse} from '../cli/options.js';"],
  ['source/services/example.ts', "import {statusMode} from '../cli/status.js';"],
  ['source/shared/example.ts', "import type {Flags} from '../cli/options.js';"],
];

const allowed: Array<[string, string]> = [
  ['source/heroku/example.ts', "import {sanitizeText} from '../shared/sanitize.js';"],
  ['source/board/example.ts', "import type {WireApp} from '../heroku/wire.js';"],
  ['source/diff/example.ts', "import {unknownComparison} from '../board/comparisons.js';"],
  ['source/simulator/example.ts', "import type {WireGitHubCommit} from '../diff/github-wire.js';"],
  ['source/services/example.ts', "import type {Services} from '../contract/services.js';"],
  ['source/ui/promote/example.tsx', "import {plural} from '../../shared/plural.js';"],
  ['source/ui/example.tsx', "import type {HerokuClient} from '../heroku/client.js';"],
  ['source/commands/example.ts', "import {ConfigError} from '../shared/errors.js';"],
  ['cli.tsx', "import {createRuntime} from './source/services/runtime.js';"],
  ['cli.tsx', "import {statusMode} from './source/cli/status.js';"],
  ['source/cli/example.ts', "import {createRuntime} from '../services/runtime.js';"],
  ['source/cli/example.ts', "import {runStatus} from '../commands/status.js';"],
  ['source/cli/example.ts', "import {showSession} from '../ui/run.js';"],
  ['source/cli/example.ts', "import {startSimulator} from '../simulator/index.js';"],
];

describe('layer imports', () => {
  it.each(refused)('%s refuses %s', async (filePath, source) => {
    const messages = await restrictedImports(filePath, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/source\/\w+ (may import|is pure)/);
  });

  it.each(allowed)('%s allows %s', async (filePath, source) => {
    expect(await restrictedImports(filePath, source)).toEqual([]);
  });

  it('names what the layer may import', async () => {
    const [message] = await restrictedImports(
      'source/board/example.ts',
      "import {HerokuClient} from '../heroku/client.js';",
    );
    expect(message).toContain('source/board may import shared, heroku (types only).');
  });
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

// The layers under source/ and the arrows between them (README, "Development"). A layer may
// import itself, the layers in `imports`, and only the types of those in `types`; every other
// layer of the project is refused. cli.tsx is the one wiring point and may import any of them;
// source/cli/ holds its modes' wiring: it may import every layer, and no layer may import it.
const LAYERS = {
  shared: {imports: [], types: []},
  heroku: {imports: ['shared'], types: []},
  board: {imports: ['shared'], types: ['heroku']},
  diff: {imports: ['shared', 'heroku', 'board'], types: []},
  credentials: {imports: ['shared', 'heroku'], types: []},
  simulator: {imports: ['shared'], types: ['heroku', 'diff']},
  contract: {imports: ['shared', 'board'], types: []},
  services: {
    imports: ['shared', 'heroku', 'board', 'diff', 'credentials', 'contract'],
    types: ['simulator'],
  },
  ui: {
    imports: ['shared', 'board', 'contract'],
    types: ['heroku', 'diff', 'credentials', 'simulator'],
  },
  commands: {
    imports: ['shared', 'heroku', 'board', 'credentials', 'contract', 'simulator'],
    types: [],
  },
  cli: {
    imports: [
      'shared',
      'heroku',
      'board',
      'diff',
      'credentials',
      'simulator',
      'contract',
      'services',
      'ui',
      'commands',
    ],
    types: [],
  },
};

// Packages a layer must not load: board/ is pure, the ground floor and the contract too.
const PURE = ['react', 'ink', 'ink-*', 'got', 'conf', 'node:*'];
const NO_PACKAGES = {
  shared: ['react', 'ink', 'ink-*', 'got', 'conf'],
  board: PURE,
  contract: PURE,
};

// An import of another layer's folder, from a file at most two folders deep in a layer.
const folders = (names) =>
  names.flatMap((name) => [`../${name}/**`, `../../${name}/**`, `../../../${name}/**`]);

function layerRules() {
  return Object.entries(LAYERS).map(([layer, {imports, types}]) => {
    const refused = Object.keys(LAYERS).filter(
      (other) => other !== layer && !imports.includes(other) && !types.includes(other),
    );
    const allowed = [...imports, ...types.map((name) => `${name} (types only)`)];
    const says = `source/${layer} may import ${allowed.length ? allowed.join(', ') : 'no other layer'}.`;
    const patterns = [];
    if (NO_PACKAGES[layer]) {
      patterns.push({
        group: NO_PACKAGES[layer],
        message: `source/${layer} is pure: no ${NO_PACKAGES[layer].join(', ')}.`,
      });
    }
    if (types.length) patterns.push({group: folders(types), allowTypeImports: true, message: says});
    if (refused.length) patterns.push({group: folders(refused), message: says});
    return {
      files: [`source/${layer}/**/*.{ts,tsx}`],
      rules: {'no-restricted-imports': ['error', {patterns}]},
    };
  });
}

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules(),
  prettier,
);

import {rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

// npm run build: the program as one bundle in dist/ (cli.js and the chunks it loads when
// needed). scripts/build-stubs/README.md says what is left out, and why Ink's frame buffer
// is replaced.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const stub = (path) => join(ROOT, 'scripts', 'build-stubs', path);

// Ink's own modules that the program replaces (source/terminal/): its frame buffer, which
// rebuilt every cell on every frame, and its text measuring and wrapping, whose caches kept
// every text ever shown. Ink imports them relatively from its build folder.
const INK_REPLACED = {
  './output.js': 'ink-output.ts',
  './measure-text.js': 'ink-measure-text.ts',
  './wrap-text.js': 'ink-wrap-text.ts',
};
const inkModules = {
  name: 'ink-modules',
  setup(builder) {
    builder.onResolve({filter: /^\.\/(output|measure-text|wrap-text)\.js$/}, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer)
        ? {path: join(ROOT, 'source', 'terminal', INK_REPLACED[args.path])}
        : undefined,
    );
  },
};

rmSync(join(ROOT, 'dist'), {recursive: true, force: true});
await build({
  absWorkingDir: ROOT,
  entryPoints: ['cli.tsx'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  // open runs the xdg-open shipped beside it; Ink loads react-devtools-core only with DEV=true.
  external: ['open', 'react-devtools-core'],
  // React's production build.
  define: {'process.env.NODE_ENV': '"production"'},
  alias: {
    'http2-wrapper': stub('http2-wrapper/index.js'),
    'ajv/dist/2020.js': stub('ajv-2020.js'),
    'ajv-formats': stub('ajv-formats/index.js'),
    semver: stub('semver/index.js'),
  },
  plugins: [inkModules],
  banner: {
    js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);",
  },
  logLevel: 'warning',
});

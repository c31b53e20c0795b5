/* global module */
// `npm run cycles`: no import loop in the program. Layer arrows are ESLint's job
// (eslint.config.js); this checks what a per-file rule cannot see.
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other, directly or through others.',
      from: {},
      to: {circular: true},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
  },
};

// React picks its development or production build when it is first loaded. cli.tsx imports
// this module first, so the installed command runs the production build unless told otherwise.
process.env.NODE_ENV ??= 'production';

export {};

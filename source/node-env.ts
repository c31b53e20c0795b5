// React picks its development or production build when it is first loaded (the bundle is
// built with NODE_ENV=production defined, so only the production build is in it; this is for
// the sources run with tsx). cli.tsx imports
// this module first, so they run the production build unless NODE_ENV says otherwise.
const env = process.env;
env.NODE_ENV ??= 'production';

// DEV=true asks Ink to connect React's developer tools, which are not installed with this
// program; from the bundle, Ink would also look for its own package.json and stop. DEV is a
// common name in shells, so one set for something else must not end the session.
if (process.env.DEV === 'true') delete process.env.DEV;

export {};

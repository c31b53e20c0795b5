import {unused} from '../unused.js';

const semver = new Proxy({}, {get: () => () => unused('semver')});
export default semver;

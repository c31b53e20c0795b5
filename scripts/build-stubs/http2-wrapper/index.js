import {unused} from '../unused.js';

const http2wrapper = {
  globalAgent: undefined,
  auto: () => unused('http2-wrapper'),
};
export default http2wrapper;

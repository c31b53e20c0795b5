import {unused} from '../unused.js';

const formats = () => unused('ajv-formats');
export default {default: formats};

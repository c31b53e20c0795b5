import {unused} from './unused.js';

export class Ajv2020 {
  constructor() {
    unused('ajv');
  }
}
export default Ajv2020;

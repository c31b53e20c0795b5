import type {Services} from '../../../source/contract/services.js';

export {frameOf as frame, waitForFrame, type Rendered} from '../helpers.js';

// Services with only the members a test needs; any other member fails loudly when used.
export function servicesWith(members: Partial<Services>): Services {
  return new Proxy(members, {
    get(target, name) {
      if (name in target) return target[name as keyof Services];
      if (typeof name === 'symbol' || name === 'then') return undefined;
      return () => {
        throw new Error(`services.${name} is not part of this test.`);
      };
    },
  }) as Services;
}

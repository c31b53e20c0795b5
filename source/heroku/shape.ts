import type {MalformedResponseError} from './errors.js';

// The least a body must look like before the rest of the program trusts it: a list is an
// array of objects, a resource is an object, and carries an id where Heroku always gives one.

export type Shape = {what: 'object' | 'list'; id: boolean};

export type ShapeProblem = (reason: string) => MalformedResponseError;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: Record<string, unknown>): boolean {
  return typeof value.id === 'string' && value.id !== '';
}

export function expectObject<T>(value: unknown, requireId: boolean, problem: ShapeProblem): T {
  if (!isRecord(value)) throw problem('something other than an object');
  if (requireId && !hasId(value)) throw problem('an object without an id');
  return value as T;
}

export function expectList<T>(value: unknown, requireId: boolean, problem: ShapeProblem): T[] {
  if (!Array.isArray(value)) throw problem('something other than a list');
  for (const item of value) {
    if (!isRecord(item)) throw problem('a list holding something other than objects');
    if (requireId && !hasId(item)) throw problem('a list holding an object without an id');
  }
  return value as T[];
}

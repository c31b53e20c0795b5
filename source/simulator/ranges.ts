// Heroku's list ranges: `Range: id ..; max=200`, `version ..; max=10, order=desc`, and the
// `Next-Range` a truncated answer carries (`id ]<last>..; max=200`, the `]` making it exclusive).

export type RangeRequest = {
  field: string;
  start: {value: string; exclusive: boolean} | null;
  end: string | null;
  max: number | null;
  order: 'asc' | 'desc';
};

const rangePattern = /^\s*([a-z_]+)\s+([\][]?)([^\s;,]*?)\.\.([^\s;,]*)\s*(?:;(.*))?$/i;

export function parseRange(header: string | undefined, defaultField: string): RangeRequest | null {
  if (header === undefined || header.trim() === '') {
    return {field: defaultField, start: null, end: null, max: null, order: 'asc'};
  }
  const match = rangePattern.exec(header);
  if (!match) return null;
  const [, field = '', bracket, start = '', end = '', options = ''] = match;
  const range: RangeRequest = {
    field,
    start: start ? {value: start, exclusive: bracket === ']'} : null,
    end: end.replace(/[\][]$/, '') || null,
    max: null,
    order: 'asc',
  };
  for (const option of options.split(/[;,]/)) {
    const trimmed = option.trim();
    if (trimmed === '') continue;
    const [key, value = ''] = trimmed.split('=').map((part) => part.trim());
    if (key === 'max') {
      if (!/^\d+$/.test(value) || Number(value) < 1) return null;
      range.max = Number(value);
    } else if (key === 'order') {
      if (value !== 'asc' && value !== 'desc') return null;
      range.order = value;
    }
  }
  return range;
}

export type Page<T> = {
  items: T[];
  contentRange: string;
  nextRange: string | null;
};

type Key = string | number;

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

export function paginate<T>(
  all: T[],
  range: RangeRequest,
  keyOf: (item: T) => Key,
  cap: number,
): Page<T> {
  const direction = range.order === 'desc' ? -1 : 1;
  const numeric = all.length > 0 && typeof keyOf(all[0]!) === 'number';
  const parse = (value: string): Key => (numeric ? Number(value) : value);
  let items = [...all].sort((a, b) => direction * compareKeys(keyOf(a), keyOf(b)));
  const start = range.start;
  if (start) {
    const bound = parse(start.value);
    items = items.filter((item) => {
      const c = direction * compareKeys(keyOf(item), bound);
      return start.exclusive ? c > 0 : c >= 0;
    });
  }
  if (range.end !== null) {
    const bound = parse(range.end);
    items = items.filter((item) => direction * compareKeys(keyOf(item), bound) <= 0);
  }
  const size = Math.min(range.max ?? 200, cap, 1000);
  const page = items.slice(0, size);
  const first = page[0];
  const last = page.at(-1);
  const contentRange =
    first === undefined || last === undefined
      ? `${range.field} ..`
      : `${range.field} ${keyOf(first)}..${keyOf(last)}`;
  let nextRange: string | null = null;
  if (items.length > page.length && last !== undefined) {
    const order = range.order === 'desc' ? ', order=desc' : '';
    nextRange = `${range.field} ]${keyOf(last)}..${range.end ?? ''}; max=${size}${order}`;
  }
  return {items: page, contentRange, nextRange};
}

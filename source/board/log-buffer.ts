import type {LogLine} from './log-line.js';

// The scroll-back of a log pane: the newest `capacity` lines, oldest dropped first, with the
// filters and the pause of the pane. Pure: every change returns a new buffer.

export const LOG_BUFFER_CAPACITY = 5000;

export type LogFilter = {
  processType: string | null; // web, worker, router
  dyno: string | null; // web.1
  text: string; // case-insensitive substring; '' matches every line
};

export type LogBuffer = {
  capacity: number;
  lines: LogLine[]; // oldest first, at most capacity
  // Lines that arrived while paused: shown when the pane resumes (also bounded).
  held: LogLine[];
  paused: boolean;
  dropped: number; // lines pushed out of the scroll-back since the pane opened
  filter: LogFilter;
};

export const NO_FILTER: LogFilter = {processType: null, dyno: null, text: ''};

export function emptyLogBuffer(capacity = LOG_BUFFER_CAPACITY): LogBuffer {
  return {capacity, lines: [], held: [], paused: false, dropped: 0, filter: NO_FILTER};
}

function keepNewest(lines: LogLine[], capacity: number): {lines: LogLine[]; dropped: number} {
  const over = lines.length - capacity;
  return over > 0 ? {lines: lines.slice(over), dropped: over} : {lines, dropped: 0};
}

export function appendLines(buffer: LogBuffer, incoming: readonly LogLine[]): LogBuffer {
  if (incoming.length === 0) return buffer;
  if (buffer.paused) {
    const held = keepNewest([...buffer.held, ...incoming], buffer.capacity);
    return {...buffer, held: held.lines, dropped: buffer.dropped + held.dropped};
  }
  const kept = keepNewest([...buffer.lines, ...incoming], buffer.capacity);
  return {...buffer, lines: kept.lines, dropped: buffer.dropped + kept.dropped};
}

export function setPaused(buffer: LogBuffer, paused: boolean): LogBuffer {
  if (paused === buffer.paused) return buffer;
  if (paused) return {...buffer, paused: true};
  const kept = keepNewest([...buffer.lines, ...buffer.held], buffer.capacity);
  return {
    ...buffer,
    paused: false,
    held: [],
    lines: kept.lines,
    dropped: buffer.dropped + kept.dropped,
  };
}

export function setFilter(buffer: LogBuffer, filter: Partial<LogFilter>): LogBuffer {
  return {...buffer, filter: {...buffer.filter, ...filter}};
}

export function matchesFilter(line: LogLine, filter: LogFilter): boolean {
  if (filter.processType !== null) {
    const type = line.router ? 'router' : line.processType;
    if (type !== filter.processType && line.processType !== filter.processType) return false;
  }
  if (filter.dyno !== null) {
    const dyno = line.router?.dyno ?? line.dyno;
    if (dyno !== filter.dyno) return false;
  }
  if (filter.text !== '' && !line.raw.toLowerCase().includes(filter.text.toLowerCase())) {
    return false;
  }
  return true;
}

export function visibleLines(buffer: LogBuffer): LogLine[] {
  const {filter} = buffer;
  if (filter.processType === null && filter.dyno === null && filter.text === '') {
    return buffer.lines;
  }
  return buffer.lines.filter((line) => matchesFilter(line, filter));
}

export function describeFilter(filter: LogFilter): string {
  const parts: string[] = [];
  if (filter.processType !== null) parts.push(`type ${filter.processType}`);
  if (filter.dyno !== null) parts.push(`dyno ${filter.dyno}`);
  if (filter.text !== '') parts.push(`text "${filter.text}"`);
  return parts.length === 0 ? 'all lines' : parts.join(', ');
}

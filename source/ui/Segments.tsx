import {Text} from 'ink';
import type {Segment} from './card-lines.js';

// One line of coloured segments, cut at the box's edge rather than wrapped.
export function Segments({segments}: {segments: Segment[]}) {
  return (
    <Text wrap="truncate-end">
      {segments.length === 0
        ? ' '
        : segments.map((s, i) => (
            <Text key={i} color={s.color} bold={s.bold} dimColor={s.dim}>
              {s.text}
            </Text>
          ))}
    </Text>
  );
}

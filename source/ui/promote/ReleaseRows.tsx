import {Box, Text} from 'ink';
import {formatAge} from '../../shared/age.js';
import type {Release} from '../../board/types.js';

export type ReleaseRowsProps = {
  releases: Release[];
  cursor: number;
  offset: number;
  rows: number;
  width: number;
  now: number;
};

function statusColor(status: Release['status']): string | undefined {
  if (status === 'failed') return 'red';
  if (status === 'pending') return 'yellow';
  if (status === 'expired') return 'gray';
  return undefined;
}

function cell(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text.padEnd(width);
}

// An email that does not fit is shortened to its name part, which usually says who.
function person(email: string | null, width: number): string {
  if (email === null) return '?';
  return [...email].length > width ? (email.split('@')[0] ?? email) : email;
}

// One line per release: version, status, what it was, who, when. Descriptions and emails
// are sanitised by the model before they get here.
export function ReleaseRows({releases, cursor, offset, rows, width, now}: ReleaseRowsProps) {
  const who = Math.min(28, Math.max(8, Math.floor(width / 5)));
  const what = Math.max(10, width - 2 - 6 - 10 - who - 5 - 4);
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">
        {'  '}
        {cell('ver', 6)}
        {cell('status', 10)}
        {cell('description', what)} {cell('by', who)} {'age'}
      </Text>
      {releases.slice(offset, offset + rows).map((release, i) => {
        const selected = offset + i === cursor;
        return (
          <Text key={release.id} inverse={selected} wrap="truncate-end">
            {selected ? '› ' : '  '}
            {cell(`v${release.version}${release.current ? '*' : ''}`, 6)}
            <Text color={statusColor(release.status)}>{cell(release.status, 10)}</Text>
            {cell(release.description || '—', what)}{' '}
            <Text dimColor>{cell(person(release.user, who), who)}</Text>{' '}
            <Text dimColor>{formatAge(release.createdAt, now)}</Text>
          </Text>
        );
      })}
    </Box>
  );
}

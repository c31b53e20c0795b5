import {Text} from 'ink';
import type {CiState, CiStatus} from '../board/ci-status.js';
import {sanitizeText} from '../shared/sanitize.js';

const MARK: Record<CiState, {mark: string; color?: string}> = {
  passed: {mark: '✓', color: 'green'},
  failed: {mark: '✗', color: 'red'},
  running: {mark: '…', color: 'yellow'},
  none: {mark: '?'},
};

// "CI  ✗ test  ✓ lint  … deploy": every check by name, marked so it reads without colour;
// or why nothing is known. Nothing at all when no service reported on the commit.
export function CiChecksLine({
  ci,
  label = 'CI',
}: {
  ci: CiStatus | null | undefined;
  label?: string;
}) {
  if (!ci || (ci.checks.length === 0 && !ci.reason)) return null;
  if (ci.checks.length === 0) {
    return (
      <Text dimColor wrap="truncate-end">
        {label} unknown: {sanitizeText(ci.reason)}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      <Text bold>{label}</Text>
      {ci.checks.map((check, i) => (
        <Text key={i} color={MARK[check.state].color}>
          {'  '}
          {MARK[check.state].mark} {sanitizeText(check.name)}
        </Text>
      ))}
    </Text>
  );
}

export function hasCiLine(ci: CiStatus | null | undefined): boolean {
  return Boolean(ci && (ci.checks.length > 0 || ci.reason));
}

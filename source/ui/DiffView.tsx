import {useMemo} from 'react';
import {Box, Text} from 'ink';
import Spinner from 'ink-spinner';
import {formatAge} from '../shared/age.js';
import {shortSha} from '../shared/short-sha.js';
import {comparisonFromCommitComparison, comparisonLabel} from '../board/comparisons.js';
import {plural} from '../shared/plural.js';
import type {AppCard, Board, CommitComparison, CommitDetail} from '../board/types.js';
import type {CiStatus} from '../board/ci-status.js';
import {CiChecksLine, hasCiLine} from './ci-checks.js';
import {useAsync} from './hooks/useAsync.js';
import {useCopyNotes} from './hooks/useCopyNotes.js';
import {useCommitComparison} from './hooks/useCommitComparison.js';
import {usePairScroll} from './hooks/usePairScroll.js';
import {useServices} from './services.js';
import {openPage} from './open-page.js';
import type {MessageTone} from './hooks/useTransientMessage.js';

export type DiffViewProps = {
  pairs: Array<{from: AppCard; to: AppCard}>;
  width: number;
  height: number;
  isActive: boolean;
  onBack: () => void;
  // A short message in the board's status line (opening the compare page).
  notify: (text: string, tone?: MessageTone) => void;
  // The board the pairs come from: release notes are made against it.
  board?: Board;
};

type Line = {
  text: string;
  color?: string;
  bold?: boolean;
  dim?: boolean;
  spinner?: boolean;
  ci?: {status: CiStatus; label: string};
};

function targetTabs(pairs: DiffViewProps['pairs'], index: number): string {
  const names = pairs.map((p, i) => (i === index ? `[${p.to.name}]` : p.to.name));
  return `Target ${index + 1} of ${pairs.length}: ${names.join('  ')}`;
}

function endpointLabel(app: AppCard): string {
  const release = app.deployedRelease ?? app.release;
  const parts = [
    release ? `v${release.version}` : null,
    app.commit ? shortSha(app.commit.sha) : 'no commit',
  ];
  return `${app.name} (${parts.filter(Boolean).join(' ')})`;
}

// Why o opens nothing for this pair: still comparing, compared in the local checkout (no
// web page shows it), or not compared at all.
function noPageReason(comparison: CommitComparison | null | undefined): string {
  if (comparison === undefined)
    return 'The commits are still being compared: there is no page yet.';
  if (comparison?.source === 'local-git')
    return 'These commits were compared in the local git checkout: there is no web page to open.';
  if (comparison?.status === 'unknown')
    return 'There is no compare page for this pair: its commits could not be compared.';
  return 'There is no page to open for this pair.';
}

// The answer in plain words: what a promotion of `from` onto `to` would do.
function summary(c: CommitComparison, from: AppCard, to: AppCard): string {
  const ahead = c.ahead ?? 0;
  const behind = c.behind ?? 0;
  switch (c.status) {
    case 'identical':
      return `Up to date: ${from.name} and ${to.name} run the same code${from.commit ? ` (${shortSha(from.commit.sha)})` : ''}.`;
    case 'ahead':
      return `${from.name} has ${plural(ahead, 'commit')} that ${to.name} lacks: promoting ${from.name} would ship ${ahead === 1 ? 'it' : 'them'}.`;
    case 'behind':
      return `${to.name} has ${plural(behind, 'commit')} that ${from.name} lacks (a hotfix only in ${to.name}?): promoting ${from.name} would remove ${behind === 1 ? 'it' : 'them'}.`;
    case 'diverged':
      return `Diverged: ${from.name} has ${plural(ahead, 'commit')} that ${to.name} lacks, and ${to.name} has ${plural(behind, 'commit')} that ${from.name} lacks.`;
    case 'unknown':
      return c.reason ?? 'These commits could not be compared.';
  }
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function commitLines(commits: CommitDetail[], nowMs: number): Line[] {
  const authorWidth = Math.min(16, Math.max(0, ...commits.map((c) => (c.author ?? '').length)));
  return commits.map((c) => ({
    text: `  ${c.shortSha}  ${(c.author ?? '?').slice(0, authorWidth).padEnd(authorWidth)}  ${formatAge(c.date, nowMs).padStart(4)}  ${c.message}`,
  }));
}

function section(title: string, listed: Line[], total: number | null): Line[] {
  const more = total !== null && total > listed.length ? total - listed.length : 0;
  return [
    {text: ''},
    {text: title, bold: true},
    ...listed,
    ...(more > 0 ? [{text: `  … and ${more} more not listed`, dim: true}] : []),
  ];
}

// Everything below the fixed header, as the lines the scroll window moves over.
function bodyLines(
  c: CommitComparison,
  from: AppCard,
  to: AppCard,
  width: number,
  nowMs: number,
): Line[] {
  const lines: Line[] = wrap(summary(c, from, to), Math.max(20, width)).map((text) => ({
    text,
    color: c.status === 'unknown' ? 'yellow' : undefined,
  }));
  if (c.commits.length > 0 || (c.ahead ?? 0) > 0) {
    const title = `Commits in ${from.name} not in ${to.name} (${c.ahead ?? c.commits.length})`;
    lines.push(...section(title, commitLines(c.commits, nowMs), c.ahead));
  }
  if (c.behindCommits.length > 0 || (c.behind ?? 0) > 0) {
    const title = `Commits in ${to.name} not in ${from.name} (${c.behind ?? c.behindCommits.length})`;
    lines.push(...section(title, commitLines(c.behindCommits, nowMs), c.behind));
  }
  if (c.files.length > 0) {
    const added = c.files.reduce((sum, f) => sum + f.additions, 0);
    const removed = c.files.reduce((sum, f) => sum + f.deletions, 0);
    const numbers = c.files.map((f) => `+${f.additions} -${f.deletions}`);
    const numberWidth = Math.max(...numbers.map((n) => n.length));
    const files = c.files.map((f, index) => ({
      text: `  ${(numbers[index] ?? '').padEnd(numberWidth)}  ${f.status === 'modified' ? '' : `(${f.status}) `}${f.filename}`,
    }));
    lines.push(...section(`Files changed (${c.files.length}, +${added} -${removed})`, files, null));
  }
  return lines;
}

function statusLine(c: CommitComparison, from: AppCard, to: AppCard): Line {
  const source =
    c.source === 'github'
      ? 'via GitHub'
      : c.source === 'gitlab'
        ? 'via GitLab'
        : c.source === 'local-git'
          ? 'via the local git checkout'
          : null;
  const label =
    c.status === 'unknown'
      ? 'cannot compare'
      : comparisonLabel(comparisonFromCommitComparison(from, to, c), to.stage);
  const color = {
    identical: 'green',
    ahead: 'cyan',
    behind: 'magenta',
    diverged: 'magenta',
    unknown: 'yellow',
  }[c.status];
  return {text: source ? `${label} · ${source}` : label, color};
}

export function DiffView({pairs, width, height, isActive, onBack, notify, board}: DiffViewProps) {
  const services = useServices();
  const view = usePairScroll({
    pairCount: pairs.length,
    isActive,
    onBack,
    onRefused: (reason) => notify(reason, 'warning'),
  });
  const pair = pairs[view.pair];
  const state = useCommitComparison(pair?.from ?? null, pair?.to ?? null);
  const from = pair?.from ?? null;
  // The checks of the commit that would ship, by name.
  const ci = useAsync(
    from?.commit ? `${from.id}\n${from.commit.sha}` : null,
    () => services.ciStatus(from!, board?.pipeline.id ?? ''),
    {keep: true},
  );
  const ciStatus = ci.status === 'done' && hasCiLine(ci.value) ? ci.value : null;
  const copyNotes = useCopyNotes(notify);

  const comparison = state.kind === 'done' ? state.comparison : null;
  const compareUrl = comparison?.compareUrl ?? null;
  const top = (pairs.length > 1 ? 3 : 2) + (ciStatus ? 1 : 0);
  const footer = (compareUrl ? 1 : 0) + 1;
  const bodyHeight = Math.max(0, height - top - footer);
  const body = useMemo(
    () =>
      comparison && pair ? bodyLines(comparison, pair.from, pair.to, width, services.now()) : [],
    [comparison, pair, width, services],
  );
  const {offset, position} = view.place({
    length: body.length,
    rows: bodyHeight,
    onOpen: compareUrl ? () => openPage(services.openUrl, compareUrl, notify) : null,
    // What `pipeline-tui notes FROM --to TO` prints, once the commits are compared.
    onNotes:
      comparison && board && pair
        ? () =>
            copyNotes(pair.from.name, () =>
              services.releaseNotes({board, source: pair.from, targetAppIds: [pair.to.id]}),
            )
        : null,
    noPage: noPageReason(state.kind === 'done' ? comparison : undefined),
  });

  if (!pair) {
    return (
      <Box height={Math.max(0, Math.min(height, 1))}>
        <Text>Nothing to compare: this app has no next stage.</Text>
      </Box>
    );
  }

  const hints = view.hints(Math.max(0, width - position.length));
  const visible = body.slice(offset, offset + bodyHeight);
  const rows: Line[] = [
    {text: `${endpointLabel(pair.from)} → ${endpointLabel(pair.to)}`, bold: true},
    ...(pairs.length > 1 ? [{text: targetTabs(pairs, view.pair)}] : []),
    comparison
      ? statusLine(comparison, pair.from, pair.to)
      : {text: 'Comparing commits…', spinner: true},
    ...(ciStatus ? [{text: '', ci: {status: ciStatus, label: `CI of ${pair.from.name}`}}] : []),
    ...visible,
    ...Array.from({length: bodyHeight - visible.length}, () => ({text: ''})),
    ...(compareUrl ? [{text: compareUrl, color: 'blue'}] : []),
    {text: hints + position, dim: true},
  ];

  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {rows.slice(0, Math.max(0, height)).map((line, row) => (
        <Box key={row} height={1} flexShrink={0}>
          {line.ci ? (
            <CiChecksLine ci={line.ci.status} label={line.ci.label} />
          ) : (
            <Text color={line.color} bold={line.bold} dimColor={line.dim} wrap="truncate-end">
              {line.spinner ? <Spinner type="dots" /> : null}
              {line.spinner ? ' ' : null}
              {line.text === '' ? ' ' : line.text}
            </Text>
          )}
        </Box>
      ))}
    </Box>
  );
}

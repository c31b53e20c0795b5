import {shortSha} from '../shared/short-sha.js';
import {sanitizeText} from '../shared/sanitize.js';
import type {CommitDetail} from './types.js';

// A Markdown summary of what ships (or shipped) from one app to others, for a chat message
// or a changelog: the same text for the diff view, after a promotion and `pipeline-tui notes`.

export type NotesApp = {
  name: string;
  version: number | null;
  sha: string | null;
  createdAt?: string | null; // ISO-8601
  user?: string | null;
};

export type ReleaseNotesInput = {
  pipeline: string;
  source: NotesApp;
  targets: NotesApp[];
  commits: CommitDetail[]; // oldest first
  compareUrl: string | null;
  // Past tense once the promotion is done.
  shipped?: boolean;
};

export type ChangeRef = {kind: 'pull' | 'merge'; number: number};

// "(#123)" (a squash merge), "Merge pull request #123" (a merge commit) name a GitHub pull
// request; "!45" a GitLab merge request. Issue mentions elsewhere are not changes.
export function changeRefs(message: string): ChangeRef[] {
  const refs: ChangeRef[] = [];
  const add = (kind: ChangeRef['kind'], number: string | undefined) => {
    const value = Number(number);
    if (
      Number.isSafeInteger(value) &&
      value > 0 &&
      !refs.some((r) => r.kind === kind && r.number === value)
    ) {
      refs.push({kind, number: value});
    }
  };
  for (const match of message.matchAll(/Merge pull request #(\d+)/gi)) add('pull', match[1]);
  for (const match of message.matchAll(/\(#(\d+)\)/g)) add('pull', match[1]);
  for (const match of message.matchAll(/(?:^|[\s(])!(\d+)\b/g)) add('merge', match[1]);
  return refs;
}

// The link of a change, from the commit's own web address on GitHub or GitLab.
export function changeUrl(commitUrl: string | null, ref: ChangeRef): string | null {
  if (!commitUrl) return null;
  const gitlab = /^(https?:\/\/[^\s]+?)\/-\/commit\/[0-9a-f]+$/i.exec(commitUrl);
  if (gitlab && ref.kind === 'merge') return `${gitlab[1]}/-/merge_requests/${ref.number}`;
  const github = /^(https?:\/\/[^\s]+?)\/commit\/[0-9a-f]+$/i.exec(commitUrl);
  if (github && !gitlab && ref.kind === 'pull') return `${github[1]}/pull/${ref.number}`;
  return null;
}

// Outside text must not become Markdown structure (links, emphasis, tables, HTML).
export function escapeMarkdown(text: string): string {
  return sanitizeText(text).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function refLabel(ref: ChangeRef): string {
  return ref.kind === 'pull' ? `#${ref.number}` : `!${ref.number}`;
}

function appLine(app: NotesApp): string {
  const parts = [`**${escapeMarkdown(app.name)}**`];
  parts.push(app.version === null ? 'no release' : `v${app.version}`);
  if (app.sha) parts.push(`(\`${shortSha(app.sha)}\`)`);
  const made: string[] = [];
  if (app.createdAt)
    made.push(app.createdAt.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1 UTC'));
  if (app.user) made.push(`by ${escapeMarkdown(app.user)}`);
  return made.length > 0 ? `${parts.join(' ')}, released ${made.join(' ')}` : parts.join(' ');
}

function commitLine(commit: CommitDetail): string {
  const sha = commit.url ? `[\`${commit.shortSha}\`](${commit.url})` : `\`${commit.shortSha}\``;
  const refs = changeRefs(commit.message).map((ref) => {
    const url = changeUrl(commit.url, ref);
    return url ? `[${refLabel(ref)}](${url})` : refLabel(ref);
  });
  const who = [
    commit.author ? escapeMarkdown(commit.author) : null,
    commit.date?.slice(0, 10) ?? null,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `- ${sha} ${escapeMarkdown(commit.message)}`,
    refs.length > 0 ? ` (${refs.join(', ')})` : '',
    who ? ` — ${who}` : '',
  ].join('');
}

export function releaseNotes(input: ReleaseNotesInput): string {
  const targets = input.targets.map((t) => escapeMarkdown(t.name)).join(', ') || 'no target';
  const count = input.commits.length;
  const verb = input.shipped ? 'shipped' : count === 1 || count === 0 ? 'ships' : 'ship';
  const lines = [
    `## ${escapeMarkdown(input.pipeline)}: ${escapeMarkdown(input.source.name)} → ${targets}`,
    '',
    `- From ${appLine(input.source)}`,
    ...input.targets.map((target) => `- To ${appLine(target)}`),
    '',
    count === 0
      ? `Nothing new ${verb}: the targets already run these commits.`
      : `${count} commit${count === 1 ? '' : 's'} ${verb}${input.compareUrl ? ` ([compare](${input.compareUrl}))` : ''}:`,
  ];
  if (count > 0) lines.push('', ...input.commits.map(commitLine));
  return `${lines.join('\n')}\n`;
}

// Web links for a local checkout whose remote lives on a well-known host. Only these hosts
// get links: their URL layouts are known, and a link to anything else would be a guess.

export type RemoteWeb = {
  host: 'github.com' | 'gitlab.com' | 'bitbucket.org';
  // "owner/name", or "group/subgroup/name" on GitLab.
  path: string;
};

const SEGMENT = /^[A-Za-z0-9_.-]+$/;

export function parseRemote(remote: string): RemoteWeb | null {
  const value = remote.trim();
  let host: string;
  let path: string;
  const scpLike = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(value);
  if (/^[a-z+]+:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return null;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(url.protocol)) {
      return null;
    }
    host = url.hostname;
    path = url.pathname;
  } else if (scpLike) {
    host = scpLike[1] ?? '';
    path = scpLike[2] ?? '';
  } else {
    return null;
  }
  host = host.toLowerCase().replace(/^www\./, '');
  if (host !== 'github.com' && host !== 'gitlab.com' && host !== 'bitbucket.org') return null;
  const segments = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/, '')
    .split('/');
  if (segments.length < 2 || !segments.every((segment) => SEGMENT.test(segment))) return null;
  if (host !== 'gitlab.com' && segments.length !== 2) return null;
  return {host, path: segments.join('/')};
}

// Twelve characters name a commit as surely as forty on any real repository, and keep a
// compare address short enough to read, copy and fit on one line of the diff view.
const FULL_SHA = /\b[0-9a-f]{40}\b/g;
export function readableCompareUrl<T extends string | null>(url: T): T {
  return (url === null ? url : url.replace(FULL_SHA, (sha) => sha.slice(0, 12))) as T;
}

// base...head, as the compare pages read it: what head has that base lacks.
export function compareUrlOf(remote: RemoteWeb, fullBase: string, fullHead: string): string {
  const root = `https://${remote.host}/${remote.path}`;
  const [base, head] = [fullBase, fullHead].map(readableCompareUrl);
  switch (remote.host) {
    case 'github.com':
      return `${root}/compare/${base}...${head}`;
    case 'gitlab.com':
      return `${root}/-/compare/${base}...${head}`;
    case 'bitbucket.org':
      return `${root}/branches/compare/${head}%0D${base}`;
  }
}

export function commitUrlOf(remote: RemoteWeb, sha: string): string {
  const root = `https://${remote.host}/${remote.path}`;
  switch (remote.host) {
    case 'github.com':
      return `${root}/commit/${sha}`;
    case 'gitlab.com':
      return `${root}/-/commit/${sha}`;
    case 'bitbucket.org':
      return `${root}/commits/${sha}`;
  }
}

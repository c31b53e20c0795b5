import {closeSync, constants, fchmodSync, fstatSync, lstatSync, openSync, statSync} from 'node:fs';

// What makes a settings folder or file unsafe to read a token from or write one to: a link
// (its target, anywhere, would be read, written and chmodded), a folder other local users
// can write to (they could plant a token or a link), or something owned by another user.
// Each answer is one sentence saying what to do.

export function unsafeFolder(dir: string, uid: number | null = currentUid()): string | null {
  if (uid === null) return null;
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    return null;
  }
  if (stats.uid !== uid) {
    return `The settings folder ${dir} belongs to another user, so it is not used: set PIPELINE_TUI_CONFIG_DIR to a folder of your own.`;
  }
  // Sticky or not: anyone can still create config.json in a world-writable folder first.
  if ((stats.mode & 0o002) !== 0) {
    return `The settings folder ${dir} can be written by every user, so it is not used: run \`chmod 700 ${dir}\` or set PIPELINE_TUI_CONFIG_DIR to a folder of your own.`;
  }
  return null;
}

export function unsafeFile(file: string, uid: number | null = currentUid()): string | null {
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return null;
  }
  if (stats.isSymbolicLink()) {
    return `The settings file ${file} is a link, so it is neither read nor written: replace it with a plain file or remove it.`;
  }
  // A FIFO or device would hang or feed the reader; a folder is moved aside as corrupt.
  if (!stats.isFile() && !stats.isDirectory()) {
    return `The settings file ${file} is not a plain file, so it is not used: remove it.`;
  }
  if (uid !== null && stats.uid !== uid) {
    return `The settings file ${file} belongs to another user, so it is not used: remove it or set PIPELINE_TUI_CONFIG_DIR to a folder of your own.`;
  }
  return null;
}

// Drops permission bits beyond `mode` on a file or folder of this user's own, never through
// a link, never on something another user owns: opened without following links, checked
// and changed through that one descriptor, so nothing can be swapped in between.
export function tighten(target: string, mode: number, kind: 'file' | 'folder'): void {
  const flags =
    constants.O_RDONLY |
    (constants.O_NOFOLLOW ?? 0) |
    (kind === 'folder' ? (constants.O_DIRECTORY ?? 0) : (constants.O_NONBLOCK ?? 0));
  let fd: number;
  try {
    fd = openSync(target, flags);
  } catch {
    return;
  }
  try {
    const stats = fstatSync(fd);
    const ofRightKind = kind === 'folder' ? stats.isDirectory() : stats.isFile();
    if (!ofRightKind || (hasOwners() && stats.uid !== process.getuid!())) return;
    if ((stats.mode & 0o777 & ~mode) !== 0) fchmodSync(fd, stats.mode & mode);
  } catch {
    return;
  } finally {
    closeSync(fd);
  }
}

// null where files have no Unix owner (Windows).
function currentUid(): number | null {
  return hasOwners() ? process.getuid!() : null;
}

function hasOwners(): boolean {
  return process.platform !== 'win32' && typeof process.getuid === 'function';
}

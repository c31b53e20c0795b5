// How the promotion dialog shares its lines: the frame must never be taller than the
// terminal, so the commit list gives way first, then warnings, then targets.

export type DialogBudget = {
  targets: number; // target rows shown
  warnings: number; // warnings shown (each may take several lines)
  // Warnings left out for want of room: one line says how many, so none goes unnoticed.
  hiddenWarnings: number;
  commits: number; // commit rows shown, the "… and N more" line not included
  commitsHeader: boolean;
  // In a very short terminal the targets' header, then the release's description line give
  // way, so the title, one target and the question (what is being confirmed) stay on screen.
  targetsHeader: boolean;
  releaseLine: boolean;
  total: number; // lines the dialog needs, border included
};

// Lines a text takes once word-wrapped to `width` columns, as Ink wraps it: a word that
// does not fit on the line goes to the next one; a word longer than a line is cut.
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= room) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.floor(Math.max(0, length - 1) / room);
    used = length % room || room;
  }
  return lines;
}

export function dialogBudget(input: {
  height: number;
  targets: number;
  commits: number;
  warningLines: number[];
  reasonLines: number;
  footer: number;
}): DialogBudget {
  // Border, title, release line, targets header.
  let fixed = 2 + 2 + 1 + input.reasonLines + input.footer;
  const targetsHeader = fixed + 1 <= input.height;
  if (!targetsHeader) fixed -= 1;
  const releaseLine = fixed + 1 <= input.height;
  if (!releaseLine) fixed -= 1;
  let free = Math.max(0, input.height - fixed);
  // At least one target row, unless the question itself needs the room (a tiny terminal).
  const targets = free === 0 ? 0 : Math.min(Math.max(1, input.targets), Math.min(free, 6));
  free = Math.max(0, free - targets);
  let warnings = 0;
  let warningLines = 0;
  const needed = input.warningLines.reduce((sum, lines) => sum + lines, 0);
  const hides = needed > free && free > 0;
  if (hides) free -= 1;
  for (const lines of input.warningLines) {
    if (lines > free) break;
    warnings += 1;
    warningLines += lines;
    free -= lines;
  }
  let commits = 0;
  let commitLines = 0;
  if (input.commits > 0 && free >= 2) {
    const room = free - 1; // the header
    commits = input.commits <= room ? input.commits : room - 1;
    commitLines = 1 + commits + (commits < input.commits ? 1 : 0);
  }
  return {
    targets,
    warnings,
    hiddenWarnings: hides ? input.warningLines.length - warnings : 0,
    commits,
    commitsHeader: commitLines > 0,
    targetsHeader,
    releaseLine,
    total: fixed + targets + warningLines + (hides ? 1 : 0) + commitLines,
  };
}

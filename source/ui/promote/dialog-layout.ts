// How the promotion dialog shares its lines: the frame must never be taller than the
// terminal, so the commit list gives way first, then warnings, then targets.

export type DialogBudget = {
  targets: number; // target rows shown
  warnings: number; // warnings shown (each may take several lines)
  commits: number; // commit rows shown, the "… and N more" line not included
  commitsHeader: boolean;
  // In a very short terminal the targets' header, then the release's description line give
  // way, so the title, one target and the question (what is being confirmed) stay on screen.
  targetsHeader: boolean;
  releaseLine: boolean;
  total: number; // lines the dialog needs, border included
};

// Lines a text takes once wrapped to `width` columns (word wrap can only add a little).
export function wrappedLines(text: string, width: number): number {
  return Math.max(1, Math.ceil([...text].length / Math.max(1, width - 2)));
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
    commits,
    commitsHeader: commitLines > 0,
    targetsHeader,
    releaseLine,
    total: fixed + targets + warningLines + commitLines,
  };
}

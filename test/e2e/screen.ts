// Reading the board off the emulated screen. Free of vitest: the benchmark uses it too.

// The app whose card has the heavy border of the selection.
export function selectedAppName(lines: string[]): string | null {
  for (let row = 0; row < lines.length - 1; row++) {
    const column = lines[row]!.indexOf('┏');
    if (column < 0) continue;
    const below = [...lines[row + 1]!];
    const start = [...lines[row]!.slice(0, column)].length;
    if (below[start] !== '┃') continue;
    const rest = below.slice(start + 1).join('');
    return rest.slice(0, rest.indexOf('┃')).trim() || null;
  }
  return null;
}

// A board is on screen: the status bar says when it was refreshed and no loading line is left.
export function boardShown(text: string): boolean {
  // A narrow status line shows the bare clock time of the refresh.
  return (
    /refreshed \d|STALE|^\S.* · \d\d:\d\d:\d\d( ·|$)/m.test(text) && !text.includes('Loading ')
  );
}

// Ink cuts a line that is too long one cell too wide when a wide character (CJK, most
// emoji) sits where the cut falls, and only a clipping box keeps that cell off whatever is
// drawn next to the line (a card's border, the next column). Clipping has Ink slice every
// line inside the box again on every frame, the largest part of a frame's cost, so a box
// clips only when its text holds characters other than these: printable ASCII and the
// symbols the board draws itself, all one cell wide wherever they are measured.
const NARROW = /^[\x20-\x7E←→↑↓·…⚠▶⏎]*$/;

export function isNarrowText(...texts: Array<string | null | undefined>): boolean {
  return texts.every((text) => !text || NARROW.test(text));
}

import type {PromotionProgress} from '../board/promotion-progress.js';
import type {AppCard, Board} from '../board/types.js';

// Release notes and the board's bell, as the screens and `pipeline-tui notes` ask for them.
// Implemented in source/services/notes.ts; part of Services (./services.ts).

export type CopyOutcome = {kind: 'clipboard'} | {kind: 'file'; path: string};

export type NotesRequest = {
  board: Board;
  source: AppCard;
  // By default every app of the next stage, as a promotion would take.
  targetAppIds?: string[] | null;
  // `--release vN`: an older release of the source.
  release?: number | null;
};

export type NotesServices = {
  // The Markdown a promotion of the source would ship: what `pipeline-tui notes` prints.
  releaseNotes(request: NotesRequest): Promise<string>;
  // Puts the text on the terminal's clipboard (OSC 52), or writes it to a file when the
  // terminal cannot take it; says which.
  copyNotes(markdown: string, name: string): CopyOutcome;
};

export type BellServices = {
  // Fed every board and promotion progress the screen sees: rings the bell (and the
  // terminal's desktop notification) once per new notice, as the settings allow.
  boardSeen(board: Board): void;
  promotionSeen(progress: PromotionProgress): void;
};

// One sentence for the status line.
export function copyOutcomeSentence(outcome: CopyOutcome): string {
  return outcome.kind === 'clipboard'
    ? 'Release notes copied to the clipboard.'
    : `The terminal cannot take the clipboard here, so the release notes were written to ${outcome.path}.`;
}

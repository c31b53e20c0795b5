// The panel's table as text cells lives with the figures, so the promote command prints the same.
export {figureRows, rolloutText} from '../../board/verification-rows.js';
export type {FigureRow, VerificationTarget} from '../../board/verification-rows.js';

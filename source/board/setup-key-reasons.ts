import type {DisabledReason} from './key-reasons.js';

// Why the board's setup keys are refused where the cursor is.
export const moveReason: DisabledReason = ({app}) => {
  if (app === undefined) return null;
  if (app === null) return 'No app is selected.';
  return app.stage === 'review'
    ? 'Review apps come and go with their pull requests: they are not moved between stages.'
    : null;
};

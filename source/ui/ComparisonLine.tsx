import type {AppCard, Comparison} from '../board/types.js';
import {noteSegments} from './card-lines.js';
import {Segments} from './Segments.js';

// The last line of a card: how this app compares with the next stage's apps
// (`→ whitewave-prod: 3 ahead`). Apps with no next stage show their naming warning here
// instead; when both apply, the ⚠ on the name and the status line carry the warning.
export function ComparisonLine({app, comparisons}: {app: AppCard; comparisons: Comparison[]}) {
  return <Segments segments={noteSegments(app, comparisons)} />;
}

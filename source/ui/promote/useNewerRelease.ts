import {useState} from 'react';
import {findApp} from '../../board/stages.js';
import type {AppCard, Board, Release} from '../../board/types.js';
import type {PromotionServices} from '../../contract/promotion.js';
import {useAsync} from '../hooks/useAsync.js';

// Whether the source got a newer release than the one under review: from the board as it
// refreshes, and asked again when the typed confirmation opens. A release chosen in the
// history is older on purpose, and is not compared.
export function useNewerRelease(input: {
  services: Pick<PromotionServices, 'releaseHistory'>;
  board: Board;
  source: AppCard | null;
  reviewed: {version: number} | null;
  chosenOlder: boolean;
}): {newer: Release | null; check: () => void} {
  const [checks, setChecks] = useState(0);
  const {source, reviewed} = input;
  const asked = input.chosenOlder || !source ? null : checks > 0 ? `${source.id}:${checks}` : null;
  const history = useAsync(asked, () => input.services.releaseHistory(source!));
  if (!source || !reviewed || input.chosenOlder) return {newer: null, check: () => {}};
  const carriesCode = (r: Release) =>
    r.status === 'succeeded' && (r.slugId !== null || r.ociImageId !== null);
  const candidates = [
    ...(history.status === 'done' ? history.value.filter(carriesCode) : []),
    findApp(input.board, source.id)?.deployedRelease ?? null,
  ].filter((r): r is Release => r !== null && r.version > reviewed.version);
  const newest = candidates.sort((a, b) => b.version - a.version)[0] ?? null;
  return {newer: newest, check: () => setChecks((n) => n + 1)};
}

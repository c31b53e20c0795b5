import {useMemo, useState} from 'react';
import {findApp} from '../../board/stages.js';
import {MissingApp} from '../promote/MissingApp.js';
import {useServices} from '../services.js';
import type {ViewProps} from '../view-props.js';
import {DEFAULT_WINDOW_MINUTES, watchStart} from './useVerification.js';
import {VerificationBlock} from './VerificationBlock.js';

// The board's V view on a production app: its figures since its release (when that lies in
// the window) or since the key, its dyno rollout and the verdict.
export function VerifyView({
  view,
  board,
  width,
  height,
  isActive,
  onBack,
  refresh,
  notify,
}: ViewProps) {
  const services = useServices();
  const [app] = useState(() => findApp(board, view.appId));
  const [promotedAt] = useState(() =>
    watchStart(app?.release?.createdAt ?? null, services.now(), DEFAULT_WINDOW_MINUTES),
  );
  const targets = useMemo(
    () => (app ? [{appId: app.id, name: app.name, version: app.release?.version ?? null}] : []),
    [app],
  );
  if (!app) return <MissingApp isActive={isActive} onBack={onBack} />;
  const released = app.release !== null && promotedAt === Date.parse(app.release.createdAt);
  return (
    <VerificationBlock
      board={board}
      targets={targets}
      promotedAt={promotedAt}
      since={released ? `v${app.release!.version} was released` : 'opened'}
      mode="verify"
      width={width}
      height={height}
      isActive={isActive}
      onBack={onBack}
      onRolledBack={refresh}
      notify={notify}
    />
  );
}

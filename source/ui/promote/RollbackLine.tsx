import {Text} from 'ink';
import Spinner from 'ink-spinner';
import type {AppCard, Release} from '../../board/types.js';
import type {RollbackState} from './useRollback.js';

// How the last rollback went, under the release list.
export function RollbackLine({
  state,
  app,
  releases,
}: {
  state: RollbackState;
  app: AppCard;
  releases: Release[];
}) {
  switch (state.kind) {
    case 'idle':
    case 'two-factor':
      return null;
    case 'sending':
      return (
        <Text>
          <Spinner type="dots" /> Rolling {app.name} back to v{state.release.version}…
        </Text>
      );
    case 'done': {
      // The list is reloaded until the new release settles; it knows its status best.
      const created = releases.find((r) => r.id === state.created.id) ?? state.created;
      if (created.status === 'failed') {
        return (
          <Text color="red">
            Rollback to v{state.release.version} created v{created.version}, and it failed.
          </Text>
        );
      }
      return (
        <Text color="green">
          Rolled {app.name} back to v{state.release.version}: v{state.created.version}
          {created.status === 'pending' ? ' created; its release phase is running.' : ' now runs.'}
        </Text>
      );
    }
    case 'failed':
      return (
        <Text color="red">
          Rollback to v{state.release.version} failed: {state.message}
        </Text>
      );
  }
}

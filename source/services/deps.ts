import type {CommitComparison} from '../board/types.js';
import type {DiffEndpoint} from '../diff/endpoint.js';
import type {HerokuClient} from '../heroku/client.js';
import type {UnauthorizedError} from '../heroku/errors.js';
import type {CiService} from '../ci/types.js';
import type {CopyOutcome} from '../contract/notes.js';
import type {BoardBell} from './notify.js';

// What the services are built from: cli.tsx (through runtime.ts) hands in the real ones,
// tests a simulator-backed client and fakes.
export type ServicesDeps = {
  client: HerokuClient;
  diff: {compare(upstream: DiffEndpoint, downstream: DiffEndpoint): Promise<CommitComparison>};
  // CI status by commit; without it every commit is `none`.
  ci?: CiService;
  openUrl: (url: string) => Promise<void>;
  // Release notes to the terminal's clipboard, or a file; without it nothing is copied.
  clipboard?: (text: string, name: string) => CopyOutcome;
  // The board's bell; without it nothing rings.
  bell?: BoardBell;
  memory: {
    get(): string | null;
    idNamed(name: string): string | null;
    set(pipelineId: string, name: string): void;
  };
  // Told when Heroku rejects the token, so the session can ask for a new one.
  onUnauthorized?: (error: UnauthorizedError) => void;
  now?: () => number;
  // The total time one board load may take before it is reported as failed (stale).
  loadBudgetMs?: number;
};

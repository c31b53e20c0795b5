// The state of a promotion as the progress view and the commands report it, and the events
// that move it; the reducer is in promotion-progress.ts.

// 'unknown': the promotion may have run there, and Heroku could not be asked how it went.
// 'not-promoted': in a later wave that was never sent, as an earlier one did not succeed.
export type TargetStatus =
  'pending' | 'succeeded' | 'failed' | 'timed-out' | 'unknown' | 'not-promoted';

export type TargetProgress = {
  appId: string;
  name: string;
  status: TargetStatus;
  errorMessage: string | null; // Heroku's words, sanitised
  releaseId: string | null;
  releaseVersion: number | null;
  finishedAt: number | null;
  output: string[]; // release-phase output, sanitised lines
  // Its wave, from 1, when the promotion goes out in waves, and when that wave was sent.
  wave?: number;
  startedAt?: number;
};

export type ProgressPhase =
  | 'sending' // the POST is on its way
  | 'two-factor' // Heroku wants a second factor before it creates the promotion
  | 'searching' // the POST's answer was lost: looking for the promotion on the targets
  | 'running' // created; targets are being polled
  | 'finished' // no target is pending any more
  | 'timed-out' // gave up waiting; the promotion may still finish on Heroku
  | 'unknown' // the POST may have been carried out, and no trace of it was found
  | 'failed'; // the promotion could not be created or followed

export type PromotionProgress = {
  phase: ProgressPhase;
  promotionId: string | null;
  source: {appId: string; name: string; releaseId: string; version: number; sha: string | null};
  pipelineName: string;
  startedAt: number;
  now: number;
  finishedAt: number | null;
  targets: TargetProgress[];
  // Why it failed, or what Heroku said when it asked for a code.
  message: string | null;
  // The code was sent once already: a second refusal is final.
  twoFactorSent: boolean;
  // Heroku does not answer for now: why, and that it is still being asked.
  waiting: string | null;
  // In waves: which one is being sent or watched (from 1), of how many.
  waves?: {current: number; count: number};
};

export type ProgressEvent =
  | {type: 'sending'; at: number; withCode: boolean}
  | {type: 'two-factor-required'; at: number; message: string}
  | {type: 'created'; at: number; promotionId: string}
  | {
      type: 'targets';
      at: number;
      targets: Array<{
        appId: string;
        status: 'pending' | 'succeeded' | 'failed';
        errorMessage: string | null;
        releaseId: string | null;
      }>;
    }
  | {type: 'release'; appId: string; releaseId: string; version: number}
  | {type: 'output'; appId: string; text: string}
  | {type: 'tick'; at: number}
  | {type: 'searching'; at: number; message: string}
  // Found again after a lost answer: the targets' new releases (and the id when known).
  | {type: 'found'; at: number; promotionId: string | null; releases: Record<string, string>}
  | {type: 'unknown'; at: number; message: string}
  | {type: 'waiting'; at: number; message: string | null}
  | {type: 'timed-out'; at: number; message?: string}
  | {type: 'failed'; at: number; message: string};

import type {EventEmitter} from 'node:events';
import {followCommand} from '../board/promotion-summary.js';
import {isSettled, type PromotionProgress} from '../board/promotion-progress.js';
import {promoteDocument, resultText} from './promote-output.js';

// Ctrl-C or SIGTERM while a promotion runs: a promotion cannot be cancelled, so the person
// is told what is known, and how to follow it, before the command exits 130 or 143.

export type SignalOptions = {
  signals: EventEmitter;
  exit: (code: number) => void;
  json: boolean;
  stdout: NodeJS.WritableStream;
};

export function interruptedSentence(progress: PromotionProgress): string {
  const sentence = currentSentence(progress);
  const waves = progress.waves;
  if (!waves || waves.current >= waves.count) return sentence;
  // Later waves are sent from here only: stopping here stops them.
  const later =
    waves.count === waves.current + 1
      ? `Wave ${waves.count}`
      : `Waves ${waves.current + 1} to ${waves.count}`;
  return `${sentence} ${later} will not be sent.`;
}

function currentSentence(progress: PromotionProgress): string {
  if (progress.phase === 'two-factor') return 'Interrupted: no promotion was created.';
  if (progress.promotionId === null && progress.phase === 'sending') {
    return `Interrupted while the promotion was being sent: it may have been created; check with \`${followCommand(progress)}\` before promoting again.`;
  }
  return `Interrupted: a promotion cannot be cancelled, and this one goes on at Heroku; follow it with \`${followCommand(progress)}\`.`;
}

export function interruptedOutput(progress: PromotionProgress, json: boolean): string {
  const sentence = interruptedSentence(progress);
  if (json) {
    return `${JSON.stringify({...promoteDocument(progress), interrupted: sentence}, null, 2)}\n`;
  }
  const id = progress.promotionId ? `Promotion ${progress.promotionId}\n` : '';
  return `${id}${resultText(progress)}${sentence}\n`;
}

// Returns the function that stops listening.
export function exitOnSignals(options: SignalOptions, progress: () => PromotionProgress) {
  let interrupted = false;
  const handler = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGTERM' ? 143 : 130;
    // A second signal does not wait for anything.
    if (interrupted) return options.exit(code);
    interrupted = true;
    const now = progress();
    if (isSettled(now)) return options.exit(code);
    options.stdout.write(interruptedOutput(now, options.json), () => options.exit(code));
  };
  options.signals.on('SIGINT', handler);
  options.signals.on('SIGTERM', handler);
  return () => {
    options.signals.off('SIGINT', handler);
    options.signals.off('SIGTERM', handler);
  };
}

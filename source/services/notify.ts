import {createNotifier, type Notice, type NotificationSettings} from '../board/notifications.js';
import type {PromotionProgress} from '../board/promotion-progress.js';
import type {Board} from '../board/types.js';
import {noticeOutput} from '../terminal/notify-sequence.js';
import {notifyProtocol} from '../terminal/notify-terminal.js';

// The board's bell: fed every board and promotion progress it sees, it writes the bell and
// the terminal's desktop notification for each new notice, once.
export type BoardBell = {
  board(next: Board): Notice[];
  promotion(progress: PromotionProgress): Notice[];
};

export function createBoardBell(options: {
  settings: NotificationSettings;
  env: NodeJS.ProcessEnv;
  output: {isTTY?: boolean; write(text: string): unknown};
}): BoardBell {
  const notifier = createNotifier(options.settings);
  const protocol = notifyProtocol(options.env);
  const ring = (notices: Notice[]) => {
    // A pipe would only collect stray control characters.
    if (options.output.isTTY) {
      for (const notice of notices) options.output.write(noticeOutput(notice, protocol));
    }
    return notices;
  };
  return {
    board: (next) => ring(notifier.board(next)),
    promotion: (progress) => ring(notifier.promotion(progress)),
  };
}

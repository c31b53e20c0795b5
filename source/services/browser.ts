import type {ChildProcess} from 'node:child_process';
import {openableUrl} from '../shared/web-url.js';

// Opening a page is fire-and-forget for the `open` package: it resolves once the opener
// (xdg-open, open, PowerShell) has been started. Whether a page appeared is only known when
// the opener fails quickly, or when there is no display to show a browser on at all.

export type BrowserDeps = {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  // Starts the opener for the URL (the `open` package in production).
  launch: (url: string) => Promise<ChildProcess>;
  // How long an opener that has not failed is given before the page counts as opened.
  settleMs?: number;
};

const SETTLE_MS = 1500;

// Linux and the BSDs show a browser through X11 or Wayland; over SSH without forwarding
// there is neither. Windows Subsystem for Linux opens the Windows browser instead, and
// xdg-open runs $BROWSER when set (VS Code's remote sessions and Codespaces set it to a
// helper that opens the page on the person's own machine).
function hasNoDisplay({platform, env}: Pick<BrowserDeps, 'platform' | 'env'>): boolean {
  if (platform === 'darwin' || platform === 'win32' || platform === 'android') return false;
  if (env.WSL_DISTRO_NAME || env.WSL_INTEROP || env.BROWSER) return false;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

export function createUrlOpener(deps: BrowserDeps): (url: string) => Promise<void> {
  const settleMs = deps.settleMs ?? SETTLE_MS;
  return async (address) => {
    // Whoever asks, the opener only ever gets a web page (shared/web-url.ts).
    const url = openableUrl(address);
    if (!url) throw new Error('That address is not a web page, so it was not opened.');
    if (hasNoDisplay(deps)) {
      throw new Error(`No display to open a browser on: ${url}`);
    }
    let opener: ChildProcess;
    try {
      opener = await deps.launch(url);
    } catch {
      throw new Error(`Could not start a browser: ${url}`);
    }
    await new Promise<void>((resolve, reject) => {
      const fail = () => {
        clearTimeout(timer);
        reject(new Error(`The browser did not open: ${url}`));
      };
      const timer = setTimeout(resolve, settleMs);
      // Kept after the page counts as opened: an 'error' with no listener would end the
      // program, and a late one changes nothing.
      opener.on('error', fail);
      opener.once('exit', (code) => {
        if (code) return fail();
        clearTimeout(timer);
        resolve();
      });
    });
  };
}

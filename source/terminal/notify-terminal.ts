// Which desktop-notification sequence the terminal shows, from what it says about itself.
// Only terminals known to show one get a sequence: an unknown one could print it as text.

export type NotifyProtocol = 'osc9' | 'osc777' | 'osc99' | 'none';

export function notifyProtocol(env: NodeJS.ProcessEnv): NotifyProtocol {
  // Inside tmux or screen, TERM_PROGRAM may be the outer terminal's, but the sequence would
  // reach tmux, which does not pass it on.
  if (env.TMUX || env.STY) return 'none';
  const program = (env.TERM_PROGRAM ?? '').toLowerCase();
  const term = (env.TERM ?? '').toLowerCase();
  if (env.KITTY_WINDOW_ID || term === 'xterm-kitty') return 'osc99';
  if (program === 'iterm.app' || program === 'wezterm' || program === 'ghostty') return 'osc9';
  if (term === 'xterm-ghostty' || env.WEZTERM_PANE || env.GHOSTTY_RESOURCES_DIR) return 'osc9';
  if (env.WT_SESSION) return 'osc9';
  // VTE terminals (GNOME Terminal, Tilix) and foot show OSC 777 notifications.
  if (env.VTE_VERSION || term === 'foot' || term.startsWith('foot-')) return 'osc777';
  if (program === 'rio') return 'osc777';
  return 'none';
}

import type {Command, Mode} from '../board/keymap.js';

// Every place that reacts to keys, with the commands it handles in each mode. The places
// type their handlers by these lists (`KeyHandlers<HandledBy<...>>`), and a test walks the
// key table against them: a command of a mode that nothing handles, or a handler of a
// command the mode does not bind, fails it.
// The keys of a list that scrolls or moves a cursor.
const LIST_KEYS = [
  'app-prev',
  'app-next',
  'app-first',
  'app-last',
  'page-up',
  'page-down',
] as const;

export const HANDLED = {
  // Ink itself, with exitOnCtrlC (source/ui/run.tsx): Ctrl-C ends the program anywhere.
  ink: {
    board: ['quit'],
    filter: ['quit'],
    help: ['quit'],
    diff: ['quit'],
    dialog: ['quit'],
    confirm: ['quit'],
    typing: ['quit'],
    picker: ['quit'],
    notice: ['quit'],
    logs: ['quit'],
    verify: ['quit'],
  },
  // source/ui/hooks/useBoardKeys.ts
  board: {
    board: [
      'stage-prev',
      'stage-next',
      'stage-cycle-next',
      'stage-cycle-prev',
      ...LIST_KEYS,
      'diff',
      'promote',
      'history',
      'drift',
      'logs',
      'verify',
      'refresh',
      'filter',
      'open',
      'help',
      'back',
      'quit',
      'add-app',
      'move-app',
      'remove-app',
      'rename-pipeline',
      'destroy-pipeline',
      'maintenance',
    ],
    filter: ['app-prev', 'app-next', 'filter-accept', 'back'],
    help: [...LIST_KEYS, 'help', 'back'],
  },
  // source/ui/hooks/usePairScroll.ts: the diff and the drift views
  pairScroll: {
    diff: ['switch-pair', ...LIST_KEYS, 'open', 'back', 'copy-notes'],
  },
  // source/ui/promote/PromoteDialog.tsx
  promoteDialog: {
    dialog: [
      'back',
      'app-prev',
      'app-next',
      'toggle-target',
      'switch-button',
      'choose',
      'wave-later',
      'wave-earlier',
      'replan',
      'maintenance-first',
    ],
  },
  // source/ui/logs/useLogsKeys.ts: the log panes
  logs: {
    logs: [
      ...LIST_KEYS,
      'log-pause',
      'log-type',
      'log-dyno',
      'log-search',
      'log-clear',
      'switch-pane',
      'back',
    ],
  },
  // source/ui/logs/LogSearch.tsx: the text a log pane shows lines with
  logSearch: {typing: ['back']},
  // source/ui/logs/VerificationBlock.tsx: the board's V view, and under a promotion that
  // succeeded (beside the progress's own dialog keys)
  verification: {
    verify: ['window-longer', 'window-shorter', 'rollback', 'switch-pane', 'back'],
    dialog: ['window-longer', 'window-shorter', 'rollback', 'switch-button'],
  },
  // source/ui/promote/ReleaseHistory.tsx
  releaseHistory: {
    dialog: ['back', ...LIST_KEYS, 'rollback', 'promote-release'],
  },
  // source/ui/promote/PromotionProgress.tsx
  progress: {dialog: ['back', 'choose', 'copy-notes']},
  // source/ui/promote/panes.tsx: the app went away meanwhile
  missing: {dialog: ['back', 'choose']},
  // source/ui/maintenance/MaintenancePane.tsx: when the change was refused
  maintenance: {dialog: ['back', 'choose']},
  // source/ui/promote/PromoteFlow.tsx: while the plan loads, or when it failed
  planLoader: {dialog: ['back']},
  // source/ui/promote/ConfirmPrompt.tsx
  confirmPrompt: {confirm: ['confirm-yes', 'back', 'replan'], typing: ['back', 'replan']},
  // source/ui/promote/CodePrompt.tsx
  codePrompt: {typing: ['back']},
  // source/ui/LineInput.tsx: a text field sends its text; its other keys edit it
  lineInput: {typing: ['choose']},
  // source/ui/PipelinePicker.tsx
  picker: {
    picker: [...LIST_KEYS, 'choose', 'back', 'quit', 'new-pipeline', 'sort', 'refresh'],
  },
  // source/ui/Session.tsx: the screens that say why nothing goes on
  notice: {notice: ['choose', 'back', 'quit']},
  // source/ui/App.tsx: the same before the board exists; r retries a failed start at once
  startup: {notice: ['choose', 'back', 'quit', 'refresh']},
  // source/ui/LoginScreen.tsx: Esc while the token is typed, Enter and Esc once it is good
  login: {typing: ['back'], notice: ['choose', 'back']},
  // source/ui/setup/StagePicker.tsx
  stagePicker: {dialog: ['app-prev', 'app-next', 'app-first', 'app-last', 'choose', 'back']},
  // source/ui/setup/AddAppDialog.tsx: the list under the filter field (letters are its text)
  addAppList: {filter: ['app-prev', 'app-next', 'back']},
  // source/ui/setup/CreatePipelineDialog.tsx: the name field, then the list of owners
  createPipeline: {typing: ['back'], dialog: ['app-prev', 'app-next', 'choose', 'back']},
  // source/ui/setup/RenamePipelineDialog.tsx: the new name's field
  renamePipeline: {typing: ['back']},
  // source/ui/setup/SetupOutcome.tsx: a change on its way, or Heroku's refusal of it
  setupOutcome: {dialog: ['choose', 'back']},
} as const satisfies Record<string, Partial<Record<Mode, readonly Command[]>>>;

type Handled = typeof HANDLED;

// The commands a place handles in a mode.
export type HandledBy<
  P extends keyof Handled,
  M extends keyof Handled[P],
> = Handled[P][M] extends readonly Command[] ? Handled[P][M][number] : never;

// The same, as a list, for the hint line of the place.
export function handledBy<P extends keyof Handled, M extends keyof Handled[P] & Mode>(
  place: P,
  mode: M,
): readonly Command[] {
  return HANDLED[place][mode] as readonly Command[];
}

type PlaceCommands = Partial<Record<Mode, readonly Command[]>>;
type BindingLike = {command: Command; modes: readonly Mode[]};

// What is wrong between a key table and the places that handle its commands, one sentence
// per problem: a mode's command that nothing handles, or a handled command the mode does not
// bind. Empty when every key of the table works and every handler is reachable.
export function coverageProblems(
  keymap: readonly BindingLike[],
  handled: Record<string, PlaceCommands>,
  modes: readonly Mode[],
): string[] {
  const problems: string[] = [];
  for (const mode of modes) {
    const bound = new Set(keymap.filter((b) => b.modes.includes(mode)).map((b) => b.command));
    const reached = new Set<Command>();
    for (const [place, commands] of Object.entries(handled)) {
      for (const command of commands[mode] ?? []) {
        reached.add(command);
        if (!bound.has(command))
          problems.push(`${place} handles ${command} in ${mode}, which no key binds there.`);
      }
    }
    for (const command of bound) {
      if (!reached.has(command))
        problems.push(`${command} is bound in ${mode}, but nothing handles it there.`);
    }
  }
  return problems;
}

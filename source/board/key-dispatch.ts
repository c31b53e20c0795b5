import type {KeyContext} from './key-reasons.js';
import {bindingFor, type Command, type InkKeyLike, type Mode} from './keymap.js';

// What a place does for each command it handles. A place declares its commands once (see
// source/ui/key-handlers.ts) and types its handlers by them, so a handled command cannot
// be left out and a command the place does not declare cannot be handled.
export type KeyHandlers<C extends Command> = Record<C, () => void>;

export type DispatchOptions = {
  context?: KeyContext;
  // Says why a key is refused here; without it a refused key does nothing.
  refuse?: (reason: string) => void;
};

// The one way a key press becomes an action: the table names the command for the mode, the
// binding's reason refuses it where the cursor is, else the place's handler runs. Returns
// the command that was run or refused, null when the key means nothing the place handles
// (a text field then takes it as text).
export function dispatchKey(
  mode: Mode,
  input: string,
  key: InkKeyLike,
  handlers: Partial<Record<Command, () => void>>,
  options: DispatchOptions = {},
): Command | null {
  const binding = bindingFor(input, key, mode);
  const handler = binding ? handlers[binding.command] : undefined;
  if (!binding || !handler) return null;
  const reason = binding.disabled?.(options.context ?? {}) ?? null;
  if (reason) options.refuse?.(reason);
  else handler();
  return binding.command;
}

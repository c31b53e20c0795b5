import type {KeyContext} from './key-reasons.js';
import {KEYMAP, type Command, type KeyBinding, type Mode} from './keymap.js';

export type HintOptions = {
  // What the place knows about where the cursor is: a key it would refuse is not offered.
  context?: KeyContext;
  // The commands the place handles; without it every hinted binding of the mode is shown.
  handled?: readonly Command[];
  separator?: string;
  // The place's own words for a command, where the table's label would not fit it.
  labels?: Partial<Record<Command, string>>;
};

// The label a binding has in a mode's hint line, or null when it has none there.
function labelIn(binding: KeyBinding, mode: Mode, options: HintOptions): string | null {
  const own = typeof binding.hint === 'string' ? binding.hint : binding.hint?.[mode];
  const hint = own && (options.labels?.[binding.command] ?? own);
  return hint ? `${hintKey(binding)} ${hint}` : null;
}

// The key a hint shows for a binding: its hint label ('←→') or its first key.
export function hintKey(binding: KeyBinding): string {
  return binding.hintKeys ?? binding.keys[0] ?? '';
}

// The bindings of a mode that work here: handled by the place and not refused.
export function offeredBindings(mode: Mode, options: HintOptions = {}): KeyBinding[] {
  const context = options.context ?? {};
  return KEYMAP.filter(
    (b) =>
      b.modes.includes(mode) &&
      (!options.handled || options.handled.includes(b.command)) &&
      !b.disabled?.(context),
  );
}

// The name of a command's first key in a mode, for a sentence ("Enter or Esc: …"), or null
// when the place refuses or does not handle the command.
export function offeredKey(mode: Mode, command: Command, options: HintOptions = {}): string | null {
  return offeredBindings(mode, options).find((b) => b.command === command)?.keys[0] ?? null;
}

// Every key of a command offered in a mode ("Esc or q"), none when it is refused here.
export function offeredKeys(mode: Mode, command: Command, options: HintOptions = {}): string[] {
  return offeredBindings(mode, options)
    .filter((b) => b.command === command)
    .flatMap((b) => b.keys);
}

// Keys said in a sentence: "Esc, q or ?".
export function orList(keys: readonly string[]): string {
  return keys.length < 2 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
}

// The hint line of a mode, dropped from the end until it fits. The way back comes last but
// one and the help hint last of all, because it leads to all the others: both are kept to
// the last.
export function hintsFor(mode: Mode, width: number, options: HintOptions = {}): string {
  const separator = options.separator ?? '  ';
  const labelled = offeredBindings(mode, options).flatMap((b) => {
    const label = labelIn(b, mode, options);
    return label ? [{command: b.command, label}] : [];
  });
  const tailCommands: Command[] = ['back', 'help'];
  const tail = tailCommands.flatMap((c) => labelled.filter((b) => b.command === c));
  const rest = labelled.filter((b) => !tail.includes(b));
  const tailText = tail.map((b) => b.label).join(separator);
  const parts: string[] = [];
  let used = tailText.length;
  for (const {label} of rest) {
    const extra = label.length + (parts.length > 0 || tailText ? separator.length : 0);
    if (used + extra > width) break;
    parts.push(label);
    used += extra;
  }
  if (tailText && tailText.length <= width) parts.push(tailText);
  else if (tail.length > 1 && tail.at(-1)!.label.length <= width) parts.push(tail.at(-1)!.label);
  return parts.join(separator);
}

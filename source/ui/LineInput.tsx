import {useCallback, useLayoutEffect, useRef, useState} from 'react';
import {Text, useInput, type Key} from 'ink';
import {dispatchKey, type KeyHandlers} from '../board/key-dispatch.js';
import type {HandledBy} from './key-handlers.js';
import {
  eraseBefore,
  isEscapeRemnant,
  lineAt,
  moveCursor,
  typeInto,
  type CursorMove,
  type KeepText,
  type Line,
} from './line-edit.js';

export type LineInputProps = {
  // The owner keeps the text: what onChange reports, or a value of its own (such as '' to
  // start over), which puts the cursor at its end.
  value: string;
  onChange: (value: string) => void;
  // Enter, pressed or arriving at the end of a pasted line, with the text as it is now.
  onSubmit: (value: string) => void;
  focus?: boolean;
  // For secrets: the field shows this character MASK_LENGTH times once anything is typed,
  // whatever the length, so the secret's length is not shown either.
  mask?: string;
  keep?: KeepText;
  // Empty the field as Enter submits, before any key that follows: for answers that are
  // either accepted (and the field goes away) or refused (and typed again from scratch).
  clearOnSubmit?: boolean;
};

function cursorMove(key: Key): CursorMove | null {
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.home) return 'start';
  if (key.end) return 'end';
  return null;
}

// A one-line text field. Several chunks of keys can arrive before React renders again, and
// they reach the handler of an older render: a field that edits the value of its render
// loses all but the last of them. Here every key reads and writes a ref, so each chunk
// builds on the one before, and a paste that ends with Enter submits what was pasted.
export function LineInput(props: LineInputProps) {
  const {value, onChange, onSubmit, focus = true, mask, keep, clearOnSubmit} = props;
  const field = useRef<Line>(lineAt(value));
  // Always a new object, so that every key that edits or submits renders the field again,
  // and the owner's answer to it (its value prop) is seen even when that value is unchanged.
  const [view, setView] = useState({cursor: field.current.cursor});
  const owner = useRef({onChange, onSubmit, keep, clearOnSubmit});
  // Keys can still reach an unmounted field's handler until Ink drops it: they are ignored.
  const mounted = useRef(false);

  useLayoutEffect(() => {
    owner.current = {onChange, onSubmit, keep, clearOnSubmit};
  });

  useLayoutEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A render carries every update the keys so far caused, the owner's included: a value
  // other than the field's is the owner's own (such as '' after a wrong answer).
  useLayoutEffect(() => {
    if (field.current.value === value) return;
    field.current = lineAt(value);
    setView({cursor: field.current.cursor});
  }, [value, view]);

  const handle = useCallback((input: string, key: Key) => {
    if (!mounted.current) return;
    const edit = (next: Line) => {
      const before = field.current;
      field.current = next;
      setView({cursor: next.cursor});
      if (next.value !== before.value) owner.current.onChange(next.value);
    };
    const submit = (text: string) => {
      edit(owner.current.clearOnSubmit ? lineAt('') : field.current);
      owner.current.onSubmit(text);
    };
    const now = field.current;
    // Enter is the table's; the other keys here edit the text.
    const send: KeyHandlers<HandledBy<'lineInput', 'typing'>> = {choose: () => submit(now.value)};
    if (dispatchKey('typing', input, key, send) !== null) return;
    const move = cursorMove(key);
    if (move) return edit(moveCursor(now, move));
    if (key.backspace || key.delete) return edit(eraseBefore(now));
    // Ctrl and Alt combinations are commands, not text (Ink reports Ctrl-U as "u").
    if (key.ctrl || key.meta || isEscapeRemnant(input)) return;
    const typed = typeInto(now, input, owner.current.keep);
    edit(typed.line);
    if (typed.entered) submit(typed.line.value);
  }, []);

  useInput(handle, {isActive: focus});

  const chars = mask ? maskedChars(value, mask) : [...value];
  if (!focus) return <Text>{chars.join('')}</Text>;
  // In a masked field the cursor stays after the mask: where it is would tell the length.
  const at = mask ? chars.length : Math.min(view.cursor, chars.length);
  return (
    <Text>
      {chars.slice(0, at).join('')}
      <Text inverse>{chars[at] ?? ' '}</Text>
      {chars.slice(at + 1).join('')}
    </Text>
  );
}

export const MASK_LENGTH = 8;

function maskedChars(value: string, mask: string): string[] {
  return value === '' ? [] : Array.from({length: MASK_LENGTH}, () => mask);
}

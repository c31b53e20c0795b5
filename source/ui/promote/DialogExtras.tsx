import {Text} from 'ink';
import {offeredKey} from '../../board/key-hints.js';
import {migrationTargets} from '../../board/promotion-guards.js';
import type {PromotionPlan} from '../../board/promotion-plan.js';
import {wrappedLines} from './dialog-layout.js';
import type {DialogState} from './dialog-state.js';

// The dialog's lines that never give way: a newer release on the source, maintenance mode
// offered for migrations, and why the last key did nothing.

export type NewerRelease = {version: number} | null;

type Line = {text: string; color: 'yellow' | 'cyan'; lines: number};

const REPLAN = offeredKey('dialog', 'replan');
// In the typed confirmation, letters are text: the key there is a control key.
const REPLAN_TYPING = offeredKey('typing', 'replan');
const MAINTENANCE = offeredKey('dialog', 'maintenance-first');

export function extraLines(state: DialogState, newer: NewerRelease, width: number): Line[] {
  const plan: PromotionPlan = state.plan;
  const lines: Array<Omit<Line, 'lines'>> = [];
  const release = plan.source.release;
  if (newer && release && newer.version > release.version) {
    const key = state.step === 'review' ? REPLAN : REPLAN_TYPING;
    lines.push({
      color: 'yellow',
      text: `${plan.source.app.name} now runs v${newer.version}; v${release.version}, which you reviewed, will ship.${key ? ` ${key} reviews v${newer.version}.` : ''}`,
    });
  }
  const migrating = migrationTargets(plan);
  if (migrating.length > 0) {
    const names = migrating.map((t) => t.name).join(', ');
    lines.push({
      color: 'cyan',
      text: state.maintenanceFirst
        ? `[x] maintenance mode on for ${names} before promoting (${MAINTENANCE ?? 'm'} undoes)`
        : `[ ] ${MAINTENANCE ?? 'm'}: maintenance mode on for ${names} before promoting`,
    });
  }
  if (state.notice) lines.push({color: 'yellow', text: state.notice});
  return lines.map((line) => ({...line, lines: wrappedLines(line.text, width)}));
}

export function ExtraLines({lines}: {lines: Line[]}) {
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} color={line.color}>
          {line.text}
        </Text>
      ))}
    </>
  );
}

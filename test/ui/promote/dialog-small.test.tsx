import {afterEach, describe, expect, it} from 'vitest';
import {buildPromotionPlan} from '../../../source/board/promotion-plan.js';
import {PromoteDialog} from '../../../source/ui/promote/PromoteDialog.js';
import {ServicesProvider} from '../../../source/ui/services.js';
import {board, card} from '../../board/promotion-fixtures.js';
import {fakeServices} from '../fake-services.js';
import {KEYS, frameHeight, pressUntil, renderAt, unmountAll, waitForFrame} from '../helpers.js';

afterEach(unmountAll);

const staging = card('whitewave-staging', 'staging', {commit: {sha: 'abc1234ffff', message: 'x'}});
const prod = card('whitewave-prod', 'production');

// A board of `columns` x `rows` gives an open view its width and rows - 2.
function show(columns: number, rows: number) {
  const plan = buildPromotionPlan({board: board([staging, prod]), source: staging});
  return renderAt(
    <ServicesProvider services={fakeServices()}>
      <PromoteDialog
        plan={plan}
        width={columns}
        height={rows - 2}
        isActive
        onConfirm={() => {}}
        onCancel={() => {}}
      />
    </ServicesProvider>,
    {columns, rows},
  );
}

const flat = (frame: string) => frame.replace(/[│╭╮╰╯─\s]+/g, ' ');

describe('the promote dialog in a small terminal', () => {
  it('keeps the app name in the heading at 40x10', async () => {
    const instance = show(40, 10);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    expect(frame.split('\n')[1]).toContain('whitewave-staging v10 to PRODUCTION');
    expect(frameHeight(frame)).toBeLessThanOrEqual(8);
  });

  it('asks for the typed name readably at 20x8: the name to type is there whole', async () => {
    const instance = show(20, 8);
    // The buttons do not fit 20 columns: → moves to Promote… unseen, Enter opens the question.
    await waitForFrame(instance.lastFrame, (f) => f.includes('Cancel'));
    await pressUntil(instance, KEYS.right, (f) => !f.includes('[ Cancel ]'));
    instance.stdin.write(KEYS.enter);
    const frame = await waitForFrame(instance.lastFrame, (f) => flat(f).includes('Type'));
    expect(flat(frame)).toContain('Type whitewave-prod:');
    expect(frame).toContain('> ');
    expect(frameHeight(frame)).toBeLessThanOrEqual(6);
    expect(frame.split('\n')[1]).toMatch(/^│ whit.*… v10 to/);
  });
});

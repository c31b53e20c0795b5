import {afterEach, describe, expect, it} from 'vitest';
import type {Services} from '../../source/contract/services.js';
import {MaintenancePane} from '../../source/ui/maintenance/MaintenancePane.js';
import {ServicesProvider} from '../../source/ui/services.js';
import {board, card} from '../board/promotion-fixtures.js';
import {fakeServices} from './fake-services.js';
import {renderAt, unmountAll, waitForFrame} from './helpers.js';
import {pressUntilCalled} from './promote/keys.js';

afterEach(unmountAll);

const dev = card('whitewave-dev', 'development');

function show(setMaintenance: Services['setMaintenance']) {
  const calls = {back: 0, notes: [] as string[], refreshes: 0, sent: [] as boolean[]};
  const services = {
    ...fakeServices(),
    setMaintenance: async (app: {id: string; name: string}, on: boolean) => {
      calls.sent.push(on);
      return setMaintenance(app, on);
    },
  } as Services;
  const instance = renderAt(
    <ServicesProvider services={services}>
      <MaintenancePane
        view={{kind: 'maintenance', appId: dev.id}}
        board={board([dev])}
        width={90}
        height={20}
        isActive
        onBack={() => (calls.back += 1)}
        refresh={() => (calls.refreshes += 1)}
        notify={(text) => calls.notes.push(text)}
      />
    </ServicesProvider>,
    {columns: 90, rows: 20},
  );
  return {instance, calls};
}

describe('MaintenancePane', () => {
  it('turns maintenance on after y, once, and says so on the board', async () => {
    const {instance, calls} = show(async () => true);
    await waitForFrame(instance.lastFrame, (f) =>
      f.includes('Press y to turn maintenance mode on'),
    );
    await pressUntilCalled(instance, 'y', () => calls.back > 0);
    expect(calls.sent).toEqual([true]);
    expect(calls.notes).toEqual(['Maintenance mode is on for whitewave-dev.']);
    expect(calls.refreshes).toBe(1);
  });

  it('says why when Heroku refuses, and changes nothing', async () => {
    const {instance, calls} = show(async () => {
      throw new Error('You do not have access to the app whitewave-dev.');
    });
    await waitForFrame(instance.lastFrame, (f) => f.includes('Press y'));
    await pressUntilCalled(instance, 'y', () => calls.sent.length > 0);
    const frame = await waitForFrame(instance.lastFrame, (f) => f.includes('was not changed'));
    expect(frame).toContain(
      'Maintenance mode was not changed: You do not have access to the app whitewave-dev.',
    );
    expect(calls.notes).toEqual([]);
    expect(calls.sent).toEqual([true]);
  });
});

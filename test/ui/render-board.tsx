import {App} from '../../source/ui/App.js';
import {ServicesProvider} from '../../source/ui/services.js';
import type {FakeServices} from './fake-services.js';
import {renderAt} from './helpers.js';

export function renderBoard(
  services: FakeServices,
  size = {columns: 120, rows: 40},
  refreshSeconds = 0,
) {
  const instance = renderAt(
    <ServicesProvider services={services}>
      <App pipeline="whitewave" refreshSeconds={refreshSeconds} />
    </ServicesProvider>,
    size,
  );
  return {...instance, frame: () => instance.lastFrame()};
}

// A narrow tab strip names production PROD when the whole word does not fit.
export const loaded = (frame: string) =>
  frame.includes('whitewave-staging') && /\bPROD(UCTION)?\b/.test(frame);

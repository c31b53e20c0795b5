import process from 'node:process';
import {wholeNumber, type Flags} from './options.js';

async function waitForSignal(): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** `simulate [--port N] [--latency MS]`: serves until SIGINT or SIGTERM. */
export async function simulateMode(flags: Flags): Promise<number> {
  const {runSimulate} = await import('../commands/simulate.js');
  const simulator = await runSimulate(
    {
      port: wholeNumber(flags.port, 'port', 4567),
      latencyMs: wholeNumber(flags.latency, 'latency', 0),
    },
    process.stdout,
  );
  await waitForSignal();
  await simulator.close();
  return 0;
}

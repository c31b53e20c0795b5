import {demoSimulatorOptions} from '../simulator/demo-options.js';
import {startSimulator} from '../simulator/index.js';
import type {Simulator} from '../simulator/index.js';

// `pipeline-tui simulate`: the demo world as a standalone server that pipeline-tui, the official
// Heroku CLI or curl can talk to. The token printed here is the simulator's own, never a real one.
export async function runSimulate(
  options: {port?: number; latencyMs?: number},
  out: NodeJS.WritableStream,
): Promise<Simulator> {
  const simulator = await startSimulator({
    port: options.port ?? 0,
    latencyMs: options.latencyMs ?? 0,
    seed: 'demo',
    ...demoSimulatorOptions(process.env),
  });
  out.write(
    [
      `Heroku API simulator listening on ${simulator.url}`,
      `Token: ${simulator.token}`,
      '',
      'Use it with:',
      `  HEROKU_HOST=${simulator.url}`,
      `  HEROKU_API_KEY=${simulator.token}`,
      `  PIPELINE_TUI_KOLKRABBI_URL=${simulator.kolkrabbiUrl}`,
      `  GITHUB_API_URL=${simulator.githubUrl}`,
      `  GITLAB_URL=${simulator.gitlabUrl}`,
      `  GITLAB_TOKEN=${simulator.gitlabToken}`,
      `  GITLAB_PROJECTS=${simulator.gitlabProjectsSetting}`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  return simulator;
}

import {request, Agent} from 'node:http';
import {render, Text} from 'ink';

// The physical limit of a cold start, as a bare client: Node, the three sequential rounds of
// Heroku API requests a cold start needs (the pipeline by name; its couplings, latest
// releases, deployments and builds; its apps and the dynos and formations of staging and
// production), then one Ink frame. Bundled like the program (bench/limit.ts) and timed from
// spawn to exit. It prints nothing else.

const host = new URL(process.env.HEROKU_HOST!);
const agent = new Agent({keepAlive: true});
const headers = {
  authorization: `Bearer ${process.env.HEROKU_API_KEY}`,
  accept: 'application/vnd.heroku+json; version=3',
  'content-type': 'application/json',
};

function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const variant = path.startsWith('/filters/') ? '3.filters' : '3';
  const asked = {...headers, accept: `application/vnd.heroku+json; version=${variant}`};
  return new Promise((resolve, reject) => {
    const req = request(
      {host: host.hostname, port: host.port, path, method, headers: asked, agent},
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text || 'null')));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

type Named = {id: string; name?: string; app?: {id: string}; stage?: string};

const [pipeline] = (await call('GET', `/pipelines?eq[name]=${process.argv[2]}`)) as Named[];
const id = pipeline!.id;
const [couplings] = (await Promise.all([
  call('GET', `/pipelines/${id}/pipeline-couplings`),
  call('GET', `/pipelines/${id}/latest-releases`),
  call('GET', `/pipelines/${id}/latest-deployments`),
  call('GET', `/pipelines/${id}/latest-builds`),
])) as unknown as [Named[]];
const watched = couplings.filter((c) => c.stage !== 'review').map((c) => c.app!.id);
const [apps] = (await Promise.all([
  call('POST', '/filters/apps', {in: {id: couplings.map((c) => c.app!.id)}}),
  ...watched.flatMap((app) => [
    call('GET', `/apps/${app}/dynos`),
    call('GET', `/apps/${app}/formation`),
  ]),
])) as unknown as [Named[]];
const frame = render(<Text>{apps.map((a) => a.name).join(' ')}</Text>);
frame.unmount();
agent.destroy();

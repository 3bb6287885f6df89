// executePush throughput vs a bare undici.request loop to the same loopback sink, same concurrency.
// Run: pnpm bench:core   (N and CONCURRENCY may be set in the environment)
import { createServer } from 'node:http';
import { Agent, request } from 'undici';
import {
  connectorDefinitionSchema,
  createHttpClient,
  createTokenCache,
  executePush,
} from '../dist/index.js';
import { benchTemplateRender } from './template-render.js';

const N = Number(process.env.N ?? 20_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);

const sink = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${sink.address().port}/in`;

async function run(label, one) {
  let next = 0;
  const worker = async () => {
    while (next < N) await one(next++);
  };
  for (let i = 0; i < 500; i++) await one(i); // warm-up
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const perSecond = Math.round(N / ((performance.now() - start) / 1000));
  console.log(`${label}: ${perSecond}/s`);
  return perSecond;
}

const definition = connectorDefinitionSchema.parse({
  name: 'Bench',
  entityType: 'CONTACT',
  roleIds: ['r'],
  authentication: { type: 'NONE' },
  request: {
    url,
    method: 'POST',
    bodyTemplate:
      '{"first": "{{contact.firstName}}", "last": "{{contact.lastName}}", "rating": {{contact.activityRating}}}',
  },
  successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
});
const values = {
  'contact.firstName': 'Ann',
  'contact.lastName': 'Lee',
  'contact.activityRating': 4,
};
const body = JSON.stringify({ first: 'Ann', last: 'Lee', rating: 4 });

await benchTemplateRender();

const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000 });
const raw = await run('raw undici', async (i) => {
  const res = await request(url, {
    dispatcher: agent,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `r${i}` },
    body,
  });
  await res.body.text();
  if (res.statusCode !== 200) throw new Error(`raw ${res.statusCode}`);
});

const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
const deps = { http, tokens: createTokenCache() };
const engine = await run('executePush', async (i) => {
  const outcome = await executePush(
    { id: 'bench', definition },
    values,
    { runId: `r${i}`, attempt: 1 },
    deps,
  );
  if (outcome.status !== 'SUCCESS') throw new Error(outcome.reason ?? 'failed');
});

await http.close();
await agent.close();
sink.close();
console.log(`RESULT core-push ratio=${(engine / raw).toFixed(2)} engine=${engine} raw=${raw}`);

// executePush throughput vs a bare undici.request loop to the same loopback sink, same concurrency.
// Run: pnpm bench:core   (N, CONCURRENCY and ROUNDS may be set in the environment)
// Both loops are warmed up, then measured in alternating rounds (raw, engine, raw, engine, ...) so
// JIT warm-up and machine noise fall on both alike; each side's rate is N over its summed time.
import { createServer } from 'node:http';
import { Agent, request } from 'undici';
import {
  connectorDefinitionSchema,
  createHttpClient,
  createTokenCache,
  executePush,
} from '../dist/index.js';

const N = Number(process.env.N ?? 20_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 4));

try {
  const { benchTemplateRender } = await import('./template-render.js');
  await benchTemplateRender();
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.log('template-render: bench/template-render.js is missing, skipped');
}

const sink = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${sink.address().port}/in`;

/** Runs count calls of one() at CONCURRENCY; returns the elapsed milliseconds. */
async function time(count, one) {
  let next = 0;
  const worker = async () => {
    while (next < count) await one(next++);
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return performance.now() - start;
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

const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000 });
const raw = async (i) => {
  const res = await request(url, {
    dispatcher: agent,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `r${i}` },
    body,
  });
  await res.body.text();
  if (res.statusCode !== 200) throw new Error(`raw ${res.statusCode}`);
};

const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
const deps = { http, tokens: createTokenCache() };
const engine = async (i) => {
  const outcome = await executePush(
    { id: 'bench', definition },
    values,
    { runId: `r${i}`, attempt: 1 },
    deps,
  );
  if (outcome.status !== 'SUCCESS') throw new Error(outcome.reason ?? 'failed');
};

const warm = Math.min(2_000, N);
await time(warm, raw);
await time(warm, engine);

const per = Math.ceil(N / ROUNDS);
let rawMs = 0;
let engineMs = 0;
for (let round = 0; round < ROUNDS; round++) {
  rawMs += await time(per, raw);
  engineMs += await time(per, engine);
}
const rawRate = Math.round((per * ROUNDS) / (rawMs / 1000));
const engineRate = Math.round((per * ROUNDS) / (engineMs / 1000));
console.log(`raw undici: ${rawRate}/s, executePush: ${engineRate}/s (concurrency ${CONCURRENCY})`);

await http.close();
await agent.close();
sink.close();
console.log(
  `RESULT core-push ratio=${(engineRate / rawRate).toFixed(2)} engine=${engineRate} raw=${rawRate}`,
);

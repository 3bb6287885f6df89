// bench:scale, in one run against the same loopback sink:
// 1. pushes/s end to end through BullMQ vs the in-process queue vs a bare undici loop;
// 2. automation: the most ON_UPDATE pushes/s (closed-loop record updates), then latency (record
//    commit -> request at the sink) with updates sent open-loop at half that rate;
// 3. fan-out of run status events to 1,000 graphql-ws subscribers vs a raw ws broadcast.
// Needs REDIS_URL (default redis://127.0.0.1:6379); DATABASE_URL picks MySQL, else SQLite.
// The API runs as deployed: `node dist/main.js` processes. In process: one ROLE=all. BullMQ on
// MySQL: a ROLE=api and a ROLE=worker process; on SQLite (one process's file) one ROLE=all.
// BENCH_SPLIT=all|api,worker|api,worker,worker overrides the BullMQ processes. Push loops (and
// the bare loop) are measured after BENCH_WARMUP (500) uncounted ones.
import { randomBytes } from 'node:crypto';
import {
  bareLoop,
  closedLoop,
  connectorInput,
  cpuPerPush,
  gql,
  pool,
  signUp,
  startApiProcesses,
  startSink,
  pushUntilSuccess,
  successCount,
  warmUp,
} from './common.mjs';
import { fanout } from './fanout.mjs';

const TOTAL = Number(process.env.BENCH_PUSHES ?? 2000);
const RECORDS = 200; // pushes of one record go out in order: spread the load over many
const CONCURRENCY = 32;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 5000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const sink = await startSink();
const arrivals = new Map(); // contact first name -> arrival time at the sink
sink.onBody = (body) => {
  const name = /"name":\s*"([^"]+)"/.exec(body)?.[1];
  if (name?.startsWith('lat-')) arrivals.set(name, Date.now());
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Pushes/s of TOTAL triggerPush mutations until every run is SUCCESS, then latency at half that. */
async function endToEnd(queue) {
  const extra = { WORKER_CONCURRENCY: '64' };
  if (queue === 'bullmq') {
    Object.assign(extra, {
      REDIS_URL,
      REDIS_PREFIX: `odc-bench-${randomBytes(4).toString('hex')}`,
    });
  }
  const split = process.env.BENCH_SPLIT ?? (process.env.DATABASE_URL ? 'api,worker' : 'all');
  const roles = queue === 'bullmq' ? split.split(',') : ['all'];
  const api = await startApiProcesses(roles, extra);
  const p = pool(api.url);
  const { token, roleId } = await signUp(p);
  const make = async (name, triggers) => {
    const input = {
      ...connectorInput(name, `${sink.url}/push`, [roleId]),
      automationTriggers: triggers,
    };
    const data = await gql(
      p,
      token,
      `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
      { i: input },
    );
    return data.createConnector.id;
  };
  const connectorId = await make('Sink', []);
  const records = [];
  for (let i = 0; i < RECORDS; i++) {
    const data = await gql(
      p,
      token,
      `mutation($i: ContactInput!) { createContact(input: $i) { id } }`,
      { i: { firstName: `Bench ${i}`, lastName: 'Mark' } },
    );
    records.push(data.createContact.id);
  }
  await warmUp(p, token, roleId, sink.url, records, CONCURRENCY);
  const cpuBefore = api.cpuMs();
  const start = performance.now();
  await pushUntilSuccess(p, token, connectorId, records, TOTAL, CONCURRENCY);
  const perS = (TOTAL * 1000) / (performance.now() - start);
  const cpu = cpuPerPush(cpuBefore, api.cpuMs(), TOTAL);

  // The most automation pushes/s: closed-loop record updates, each pushed by an ON_UPDATE
  // connector, until every run is SUCCESS. Then latency, updates sent open-loop at half that rate.
  const automationId = await make('Automation', ['ON_UPDATE']);
  const UPDATE = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { updatedAt } }`;
  let u = 0;
  const autoStart = performance.now();
  await closedLoop(TOTAL, CONCURRENCY, () => {
    const i = u++;
    return gql(p, token, UPDATE, {
      id: records[i % RECORDS],
      i: { firstName: `max-${i}`, lastName: 'Mark' },
    });
  });
  while ((await successCount(p, token, automationId)) < TOTAL)
    await new Promise((r) => setTimeout(r, 20));
  const automationPerS = (TOTAL * 1000) / (performance.now() - autoStart);
  const rate = automationPerS / 2;
  const commits = new Map(); // name -> updatedAt (stamped in the record's transaction)
  const pending = [];
  const began = performance.now();
  for (let i = 0; performance.now() - began < LATENCY_MS; i++) {
    const due = began + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const name = `lat-${queue}-${i}`;
    pending.push(
      gql(p, token, UPDATE, {
        id: records[i % RECORDS],
        i: { firstName: name, lastName: 'Mark' },
      }).then((d) => commits.set(name, Date.parse(d.updateContact.updatedAt))),
    );
  }
  await Promise.all(pending);
  const deadline = Date.now() + 30_000;
  while ([...commits.keys()].some((k) => !arrivals.has(k)) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  const latencies = [...commits].map(([k, at]) => (arrivals.get(k) ?? Infinity) - at);
  await p.close();
  await api.close();
  return {
    perS,
    cpu,
    automationPerS,
    roles,
    db: api.db,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    samples: latencies.length,
    rate,
  };
}

// Baseline: the same number of POSTs straight to the sink.
const rawPerS = await bareLoop(sink.url, TOTAL, CONCURRENCY);

const inProcess = await endToEnd('inprocess');
const bullmq = await endToEnd('bullmq');
const fan = await fanout(REDIS_URL);
await sink.close();

console.log(`bare undici: ${rawPerS.toFixed(0)} req/s (db=${bullmq.db})`);
for (const [name, r] of [
  ['in-process', inProcess],
  ['bullmq', bullmq],
]) {
  console.log(
    `${name} (${r.roles.join(' + ')}): ${r.perS.toFixed(0)} pushes/s (ratio ${(r.perS / rawPerS).toFixed(3)}); ${r.cpu}; automation at most ${r.automationPerS.toFixed(0)} pushes/s, latency at ${r.rate.toFixed(0)}/s over ${r.samples} updates: p50 ${r.p50} ms, p99 ${r.p99} ms`,
  );
}
console.log(
  `fan-out to ${fan.subscribers} subscribers x ${fan.events} events: graphql-ws p50 ${fan.p50} ms, p99 ${fan.p99} ms; raw ws broadcast p99 ${fan.rawP99} ms`,
);
console.log(
  `RESULT push-inprocess ratio=${(inProcess.perS / rawPerS).toFixed(3)} pushes_per_s=${inProcess.perS.toFixed(0)}`,
);
console.log(`RESULT automation-latency p99_ms=${inProcess.p99} queue=inprocess`);
console.log(`RESULT automation-latency p99_ms=${bullmq.p99} queue=bullmq`);
console.log(`RESULT fanout p99_ms=${fan.p99} ratio=${(fan.rawP99 / fan.p99).toFixed(3)}`);
console.log(
  `RESULT push-bullmq ratio=${(bullmq.perS / rawPerS).toFixed(3)} pushes_per_s=${bullmq.perS.toFixed(0)} db=${bullmq.db}`,
);
process.exit(0);

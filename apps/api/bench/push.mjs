// bench:push: 2,000 triggerPush mutations (concurrency 32) until every run is SUCCESS at a loopback
// sink, against a bare undici loop of 2,000 POSTs to the same sink. The API runs as deployed, its
// own `node dist/main.js` process; the load driver and the sink share this process in both loops.
// Both loops are measured after BENCH_WARMUP (500) uncounted ones.
import {
  bareLoop,
  closedLoop,
  cpuPerPush,
  connectorInput,
  gql,
  pool,
  signUp,
  startApiProcesses,
  startSink,
  successCount,
  warmUp,
} from './common.mjs';

const TOTAL = Number(process.env.BENCH_PUSHES ?? 2000);
const CONCURRENCY = 32;
const MUTATION = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id status } }`;

const sink = await startSink();
const api = await startApiProcesses(['all'], { WORKER_CONCURRENCY: '64' });
const p = pool(api.url);
const { token, roleId } = await signUp(p);
const connector = await gql(
  p,
  token,
  `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
  {
    i: connectorInput('Sink', `${sink.url}/push`, [roleId]),
  },
);
const connectorId = connector.createConnector.id;
// Pushes of one record go out one after another (delivery order): spread them over 200 records.
const records = [];
for (let i = 0; i < 200; i++) {
  const contact = await gql(
    p,
    token,
    `mutation($i: ContactInput!) { createContact(input: $i) { id } }`,
    { i: { firstName: `Bench ${i}`, lastName: 'Mark' } },
  );
  records.push(contact.createContact.id);
}
await warmUp(p, token, roleId, sink.url, records, CONCURRENCY);
// Baseline: the same number of POSTs straight to the sink.
const barePerS = await bareLoop(sink.url, TOTAL, CONCURRENCY);

const before = sink.count;
const cpuBefore = api.cpuMs();
const start = performance.now();
let n = 0;
await closedLoop(TOTAL, CONCURRENCY, () =>
  gql(p, token, MUTATION, { c: connectorId, r: records[n++ % records.length] }),
);
const mutMs = performance.now() - start;
while ((await successCount(p, token, connectorId)) < TOTAL) {
  if (sink.count - before > TOTAL * 2) throw new Error('the sink got far more pushes than runs');
  await new Promise((r) => setTimeout(r, 20));
}
const pushMs = performance.now() - start;
console.log(cpuPerPush(cpuBefore, api.cpuMs(), TOTAL));
console.log(`mutations took ${mutMs.toFixed(0)} ms, all SUCCESS after ${pushMs.toFixed(0)} ms`);
const failures = (
  await gql(p, token, `query($c: ID!) { runs(connectorId: $c, status: FAILURE) { totalCount } }`, {
    c: connectorId,
  })
).runs.totalCount;
await p.close();
await api.close();
await sink.close();
const pushesPerS = (TOTAL * 1000) / pushMs;
console.log(
  `bare undici: ${barePerS.toFixed(0)} req/s; end to end: ${pushesPerS.toFixed(0)} pushes/s; sink got ${sink.count - before}; failures ${failures}`,
);
console.log(
  `RESULT push-e2e ratio=${(pushesPerS / barePerS).toFixed(3)} pushes_per_s=${pushesPerS.toFixed(0)} db=${api.db}`,
);
process.exit(0);

// bench:bulk: 100,000 contacts (seeded set-based) pushed by ONE bulkPush to a loopback sink, on
// MySQL/MariaDB, the API as deployed (`node dist/main.js`, role all). In the same run, the
// single-push rate of bench:push (BENCH_PUSHES triggerPush mutations, concurrency 32, after a
// warm-up) to the same sink is the baseline. Prints records/s of the bulk job (mutation to DONE),
// the API process's RSS growth during it (peak minus before), the time from the mutation to the
// first push at the sink, CPU ms per record, MariaDB statements per push and per record, and the
// ratio bulk / single; then the single-push rate again on the table the job grew, with the
// server's buffer pool size and its disk page reads during the job (the table outgrowing it).
// Goals: ratio >= 1.5, rss_growth_mb <= 150, first_run_ms <= 1,000.
// Needs MySQL (DATABASE_URL or MYSQL_URL, default mysql://root@127.0.0.1:3306/test; a fresh
// database is made and dropped). Knobs: BENCH_RECORDS (100000), BENCH_PUSHES (2000).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createConnection } from 'mysql2/promise';
import { seedContactsSql } from '../dist/db/bulk-seed.js';
import {
  connectorInput,
  cpuPerPush,
  gql,
  pool,
  pushUntilSuccess,
  signUp,
  startApiProcesses,
  startSink,
  warmUp,
} from './common.mjs';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const PUSHES = Number(process.env.BENCH_PUSHES ?? 2000);
const CONCURRENCY = 32;
const MYSQL = new URL(
  process.env.DATABASE_URL ?? process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
);

/** MariaDB's statement counters (server-wide: this bench is the only client). */
async function statements() {
  const [rows] = await admin.query(
    "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert', 'Com_insert_select', 'Com_update', 'Com_delete', 'Com_commit')",
  );
  return Object.fromEntries(rows.map((r) => [r.Variable_name.slice(4), Number(r.Value)]));
}
async function statusValue(name) {
  const [[row]] = await admin.query('SHOW GLOBAL STATUS WHERE Variable_name = ?', [name]);
  return Number(row.Value);
}
const perItem = (before, after, n) =>
  Object.keys(after)
    .map((k) => `${k}=${((after[k] - before[k]) / n).toFixed(2)}`)
    .join(' ');

const name = `odc_bench_${randomBytes(4).toString('hex')}`;
const admin = await createConnection(MYSQL.toString());
await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
const dbUrl = new URL(MYSQL.toString());
dbUrl.pathname = `/${name}`;

const sink = await startSink();
const api = await startApiProcesses(['all'], {
  DATABASE_URL: dbUrl.toString(),
  WORKER_CONCURRENCY: '64',
});
const p = pool(api.url);
const { token, roleId } = await signUp(p);
const me = (await gql(p, token, '{ me { id organization { id } } }')).me;
const createConnector = async (label, path) =>
  (
    await gql(
      p,
      token,
      `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
      { i: connectorInput(label, `${sink.url}${path}`, [roleId]) },
    )
  ).createConnector.id;

// Baseline: bench:push's loop (200 records, warm-up first) on this sink and database.
const records = [];
for (let i = 0; i < 200; i++) {
  const c = await gql(p, token, `mutation($i: ContactInput!) { createContact(input: $i) { id } }`, {
    i: { firstName: `Single ${i}`, lastName: 'Mark' },
  });
  records.push(c.createContact.id);
}
await warmUp(p, token, roleId, sink.url, records, CONCURRENCY);
const single = await createConnector('Single', '/push');
const singleCom = await statements();
const singleStart = performance.now();
await pushUntilSuccess(p, token, single, records, PUSHES, CONCURRENCY);
const singlePerS = (PUSHES * 1000) / (performance.now() - singleStart);
console.log(`single push: ${PUSHES} triggerPush to SUCCESS at ${singlePerS.toFixed(0)} pushes/s`);
console.log(`single push statements per push: ${perItem(singleCom, await statements(), PUSHES)}`);

// The records, set-based: one INSERT … SELECT.
const seedStart = performance.now();
const { sql, params } = seedContactsSql('mysql', {
  organizationId: me.organization.id,
  ownerId: me.id,
  prefix: 'bench',
  firstName: 'Bulk',
  start: 1,
  count: RECORDS,
});
const conn = await createConnection(dbUrl.toString());
await conn.query(sql, params);
await conn.end();
console.log(`seeded ${RECORDS} contacts in ${(performance.now() - seedStart).toFixed(0)} ms`);

const bulkConnector = await createConnector('Bulk', '/bulk');
const rssMb = () =>
  api.pids.reduce((sum, pid) => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return sum + (m ? Number(m[1]) / 1024 : 0);
  }, 0);
const rssBefore = rssMb();
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 200);
let firstAt = 0;
sink.onBody = () => (firstAt ||= performance.now());
const sinkBefore = sink.count;
const cpuBefore = api.cpuMs();
const bulkCom = await statements();
const readsBefore = await statusValue('Innodb_buffer_pool_reads');
const start = performance.now();
const job = (
  await gql(p, token, `mutation($c: ID!) { bulkPush(connectorId: $c) { id total } }`, {
    c: bulkConnector,
  })
).bulkPush;
// The baseline's 200 contacts are pushed too.
const TOTAL = RECORDS + records.length;
if (job.total !== TOTAL) throw new Error(`the job selected ${job.total} records`);
let state;
for (;;) {
  state = (
    await gql(p, token, `query($id: ID!) { bulkJob(id: $id) { status queued succeeded failed } }`, {
      id: job.id,
    })
  ).bulkJob;
  if (state.status !== 'RUNNING') break;
  await new Promise((r) => setTimeout(r, 250));
}
const ms = performance.now() - start;
clearInterval(sampler);
console.log(
  cpuPerPush(cpuBefore, api.cpuMs(), TOTAL)
    .replace(/pushes/g, 'records')
    .replace(/push/g, 'record'),
);
console.log(`bulk statements per record: ${perItem(bulkCom, await statements(), TOTAL)}`);
const diskReads = (await statusValue('Innodb_buffer_pool_reads')) - readsBefore;
const [[bufferPool]] = await admin.query('SELECT @@innodb_buffer_pool_size AS b');
const poolMb = Math.round(Number(bufferPool.b) / 2 ** 20);
const received = sink.count - sinkBefore;
console.log(
  `bulk job ${state.status}: queued ${state.queued}, succeeded ${state.succeeded}, failed ${state.failed}; sink got ${received} in ${ms.toFixed(0)} ms`,
);
// The single-push loop again, now on the table the bulk job grew: how much of the gap between
// the two rates is the size of push_run (against the server's buffer pool), not the path.
const singleAfter = await createConnector('Single after', '/push');
const afterStart = performance.now();
await pushUntilSuccess(p, token, singleAfter, records, PUSHES, CONCURRENCY);
const singleAfterPerS = (PUSHES * 1000) / (performance.now() - afterStart);
console.log(
  `single push after the bulk job (push_run ${TOTAL + 2 * PUSHES} rows): ${singleAfterPerS.toFixed(0)} pushes/s; InnoDB buffer pool ${poolMb} MB; disk page reads during the bulk job: ${diskReads}`,
);
await p.close();
await api.close();
await sink.close();
await admin.query(`DROP DATABASE IF EXISTS ${name}`);
await admin.end();
const perS = (TOTAL * 1000) / ms;
console.log(
  `RESULT bulk-push records_per_s=${perS.toFixed(0)} rss_growth_mb=${(rssPeak - rssBefore).toFixed(0)} first_run_ms=${(firstAt - start).toFixed(0)} single_push_per_s=${singlePerS.toFixed(0)} ratio=${(perS / singlePerS).toFixed(2)} single_after_per_s=${singleAfterPerS.toFixed(0)} db=mysql`,
);
process.exit(state.status === 'DONE' && state.succeeded === TOTAL ? 0 : 1);

// bench:recovery: a worker SIGKILLed under load. An API and two worker processes (BullMQ on Redis,
// MySQL/MariaDB) take open-loop triggerPush mutations to a loopback sink that answers after
// SINK_DELAY_MS, so attempts are in flight and jobs wait in the workers; partway through, one
// worker is SIGKILLed. Prints the longest wait of a run from its mutation to its first attempt
// (max_queue_delay_ms, goal <= 10,000), the longest time from an attempt cut by the kill to its
// takeover (takeover_ms, goal <= timeoutMs + 5,000), runs never attempted (lost) and runs still
// open at the end (stuck). Bounded: BENCH_PUSHES (400) at BENCH_RATE (20/s), then at most 90 s.
// Needs MySQL (DATABASE_URL or MYSQL_URL, default mysql://root@127.0.0.1:3306/test; a fresh
// database is made and dropped) and Redis (REDIS_URL, default redis://127.0.0.1:6379).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { createConnection } from 'mysql2/promise';
import { connectorInput, gql, pool, signUp, spawnApi } from './common.mjs';

const PUSHES = Number(process.env.BENCH_PUSHES ?? 400);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 5000);
const SINK_DELAY_MS = 300;
const RECORDS = 200;
const KILL_AT = 0.4; // of the pushes sent
const SETTLE_MS = 90_000;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const MYSQL = new URL(
  process.env.DATABASE_URL ?? process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
);

// The sink: every request's arrival by run (Idempotency-Key), answered after SINK_DELAY_MS.
const arrivals = new Map();
const sink = createServer((req, res) => {
  const run = String(req.headers['idempotency-key']);
  arrivals.set(run, [...(arrivals.get(run) ?? []), Date.now()]);
  req.resume();
  req.on('end', () =>
    setTimeout(() => {
      if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    }, SINK_DELAY_MS),
  );
});
await new Promise((r) => sink.listen(0, '127.0.0.1', r));
const sinkUrl = `http://127.0.0.1:${sink.address().port}`;

const name = `odc_bench_${randomBytes(4).toString('hex')}`;
const admin = await createConnection(MYSQL.toString());
await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
const dbUrl = new URL(MYSQL.toString());
dbUrl.pathname = `/${name}`;
const env = {
  DATABASE_URL: dbUrl.toString(),
  REDIS_URL,
  REDIS_PREFIX: `odc-bench-${randomBytes(4).toString('hex')}`,
  ENCRYPTION_KEY: '0'.repeat(64),
  JWT_SECRET: 'bench-secret-bench-secret',
  DATA_DIR: tmpdir(),
  SEED_DEMO: 'false',
  LOG_LEVEL: 'info', // the `ready` line tells the port
  ALLOWED_TARGET_HOSTS: '127.0.0.1,localhost,::1',
  SWEEP_INTERVAL_MS: '3000',
};

const procs = [];
try {
  const api = await spawnApi('api', env);
  procs.push(api);
  const [victim, survivor] = await Promise.all([spawnApi('worker', env), spawnApi('worker', env)]);
  procs.push(victim, survivor);
  const p = pool(api.url, 32);
  const { token, roleId } = await signUp(p);
  const input = {
    ...connectorInput('Recovery', `${sinkUrl}/push`, [roleId]),
    delivery: { maxAttempts: 3, timeoutMs: TIMEOUT_MS },
  };
  const connectorId = (
    await gql(
      p,
      token,
      `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
      { i: input },
    )
  ).createConnector.id;
  const records = [];
  for (let i = 0; i < RECORDS; i++) {
    records.push(
      (
        await gql(p, token, `mutation($i: ContactInput!) { createContact(input: $i) { id } }`, {
          i: { firstName: `R${i}`, lastName: 'Recovery' },
        })
      ).createContact.id,
    );
  }

  // Open loop: one push every 1000 / RATE ms, whatever the answers do; the kill partway through.
  const created = new Map(); // run id -> when its mutation was answered
  let killedAt = 0;
  const sends = [];
  const start = Date.now();
  for (let i = 0; i < PUSHES; i++) {
    const due = start + (i * 1000) / RATE;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    if (!killedAt && i >= PUSHES * KILL_AT) {
      await victim.kill('SIGKILL');
      killedAt = Date.now();
    }
    sends.push(
      gql(
        p,
        token,
        `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`,
        { c: connectorId, r: records[i % RECORDS] },
      ).then((d) => created.set(d.triggerPush.id, Date.now())),
    );
  }
  await Promise.all(sends);

  // Until every run is SUCCESS or FAILURE, or SETTLE_MS.
  const count = async (status) =>
    (
      await gql(
        p,
        token,
        `query($c: ID!, $s: RunStatus) { runs(connectorId: $c, status: $s, pageSize: 1) { totalCount } }`,
        { c: connectorId, s: status },
      )
    ).runs.totalCount;
  const settleEnd = Date.now() + SETTLE_MS;
  let ended = 0;
  while (Date.now() < settleEnd) {
    ended = (await count('SUCCESS')) + (await count('FAILURE'));
    if (ended >= created.size) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await p.close();

  let maxQueueDelay = 0;
  let takeover = 0;
  let lost = 0;
  let cut = 0;
  for (const [run, at] of created) {
    const seen = arrivals.get(run);
    if (!seen) {
      lost++;
      continue;
    }
    maxQueueDelay = Math.max(maxQueueDelay, seen[0] - at);
    if (seen.length > 1) {
      cut++;
      takeover = Math.max(takeover, seen[1] - seen[0]);
    }
  }
  const stuck = created.size - ended;
  console.log(
    `${created.size} pushes at ${RATE}/s, sink answers after ${SINK_DELAY_MS} ms, timeoutMs ${TIMEOUT_MS}; ` +
      `worker SIGKILLed after ${Math.round(PUSHES * KILL_AT)} pushes; ${cut} attempts cut by the kill and taken over`,
  );
  console.log(
    `goals: max_queue_delay_ms <= 10000, takeover_ms <= ${TIMEOUT_MS + 5000}, lost = 0, stuck = 0`,
  );
  console.log(
    `RESULT recovery max_queue_delay_ms=${maxQueueDelay} takeover_ms=${takeover} lost=${lost} stuck=${stuck}`,
  );
} finally {
  await Promise.all(procs.map((proc) => proc.kill('SIGKILL')));
  sink.closeAllConnections();
  sink.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
}

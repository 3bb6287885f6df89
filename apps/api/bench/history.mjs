// bench:history: run history at scale. Seeds BENCH_RUNS (1,000,000) runs over 90 days and 50
// connectors into a fresh MariaDB/MySQL database with set-based SQL (INSERT ... SELECT from the
// seq_1_to_N sequence; secondary indexes dropped first and rebuilt by sort after, as a bulk load
// does), then times 50 calls each (after 5 uncounted) through the real GraphQL API of a
// `node dist/main.js` process: runs page 1 and page 500, runs(connectorId), searchRuns by text, by
// record and by window, and stats(days: 14). Prints `RESULT history-<query> p95_ms=…` (goal <= 100)
// with its ratio to a bare `{ __typename }` request of the same server, then the retention
// sweep's rate over the runs older than BENCH_RETENTION_DAYS (85) and its longest single
// statement (the longest any row lock is held). Needs MySQL/MariaDB (DATABASE_URL or MYSQL_URL,
// default mysql://root@127.0.0.1:3306/test); the database is dropped at the end (kept with
// BENCH_KEEP=1, to EXPLAIN its queries).
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../dist/data-source.js';
import { deleteOldRuns } from '../dist/modules/history/retention.js';
import { connectorInput, gql, pool, signUp, spawnApi } from './common.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 1_000_000);
const CONNECTORS = 50;
const DAYS = 90;
const RECORDS = 20_000;
const CALLS = 50;
const WARM = 5;
const RETENTION_DAYS = Number(process.env.BENCH_RETENTION_DAYS ?? 85);
const CHUNK = 100_000;
const MYSQL = new URL(
  process.env.DATABASE_URL ?? process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
);

const name = `odc_bench_${randomBytes(4).toString('hex')}`;
const root = await createConnection(MYSQL.toString());
await root.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
const dbUrl = new URL(MYSQL.toString());
dbUrl.pathname = `/${name}`;
const env = {
  DATABASE_URL: dbUrl.toString(),
  ENCRYPTION_KEY: '0'.repeat(64),
  JWT_SECRET: 'bench-secret-bench-secret',
  DATA_DIR: tmpdir(),
  SEED_DEMO: 'false',
  SIGNUP: 'open',
  LOG_LEVEL: 'info', // the `ready` line tells the port
  // The bench runs the sweep itself, timed; the process's own timer must not race it.
  RUN_RETENTION_DAYS: '36500',
};

let api = null;
try {
  api = await spawnApi('all', env);
  const p = pool(api.url, 4);
  const { token, roleId } = await signUp(p);
  const me = (await gql(p, token, '{ me { id organization { id } } }')).me;
  const connectors = [];
  for (let i = 0; i < CONNECTORS; i++) {
    const url = `https://api.partner${i}.example.com/v2/leads`;
    const c = await gql(
      p,
      token,
      `mutation($i: ConnectorInput!) { createConnector(input: $i) { id } }`,
      { i: connectorInput(`Partner ${String(i).padStart(2, '0')}`, url, [roleId]) },
    );
    connectors.push(c.createConnector.id);
  }

  const db = await createConnection({ uri: dbUrl.toString(), multipleStatements: true });
  const t0 = performance.now();
  await seed(db, me.organization.id, me.id, connectors);
  const seedS = (performance.now() - t0) / 1000;
  console.log(`seeded ${RUNS} runs in ${seedS.toFixed(0)} s (${Math.round(RUNS / seedS)} runs/s)`);

  const now = Date.now();
  const dayAgo = (d) => new Date(now - d * 86_400_000).toISOString();
  const RUN = `items { id trigger status recordId recordLabel attempts requestMethod requestUrl
    requestBody responseStatus responseBody error durationMs createdAt finishedAt connector { id name } }
    page pageCount totalCount`;
  const SEARCH = `query($f: RunFilter!) { searchRuns(filter: $f, pageSize: 20) { ${RUN} } }`;
  const queries = {
    'runs-page1': [`{ runs(page: 1, pageSize: 20) { ${RUN} } }`],
    'runs-page500': [`{ runs(page: 500, pageSize: 20) { ${RUN} } }`],
    'runs-connector': [
      `query($c: ID!) { runs(connectorId: $c, pageSize: 20) { ${RUN} } }`,
      { c: connectors[7] },
    ],
    'search-text': [SEARCH, { f: { text: 'quinterro' } }],
    'search-record': [SEARCH, { f: { recordId: 'rec-00777' } }],
    'search-window': [SEARCH, { f: { from: dayAgo(10), to: dayAgo(9) } }],
    'stats-14': [
      `query($c: ID!) { connector(id: $c) { stats(days: 14) { day succeeded failed p50Ms p95Ms } } }`,
      { c: connectors[7] },
    ],
  };
  const base = await p95(() => gql(p, token, '{ __typename }'));
  console.log(`RESULT history-baseline p95_ms=${base.toFixed(1)}`);
  for (const [label, [query, vars]] of Object.entries(queries)) {
    const t = performance.now();
    const sample = await gql(p, token, query, vars);
    const first = performance.now() - t; // cold: counts the older runs (run-count.ts) too
    const ms = await p95(() => gql(p, token, query, vars));
    const page = sample.runs ?? sample.searchRuns;
    const what = page ? `totalCount=${page.totalCount}` : `days=${sample.connector.stats.length}`;
    console.log(
      `RESULT history-${label} p95_ms=${ms.toFixed(1)} ratio_to_baseline=${(ms / base).toFixed(1)} first_call_ms=${first.toFixed(0)} ${what} goal=${ms <= 100 ? 'met' : 'missed'}`,
    );
  }
  await p.close();
  await api.kill('SIGTERM');
  api = null;

  // The retention sweep, as the worker's timer runs it (no pause between batches: its rate).
  const ds = createDataSource({ type: 'mysql', url: dbUrl.toString() });
  await ds.initialize();
  const t1 = performance.now();
  const r = await deleteOldRuns(ds, RETENTION_DAYS);
  const s = (performance.now() - t1) / 1000;
  await ds.destroy();
  console.log(
    `RESULT history-retention rows_per_s=${Math.round((r.runs + r.attempts) / s)} runs=${r.runs} attempts=${r.attempts} seconds=${s.toFixed(1)} longest_lock_ms=${r.longestStatementMs.toFixed(1)}`,
  );
  await db.end();
} finally {
  await api?.kill('SIGTERM');
  if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
  else await root.query(`DROP DATABASE IF EXISTS ${name}`);
  await root.end();
}

/** p95 of CALLS sequential calls after WARM uncounted ones. */
async function p95(call) {
  for (let i = 0; i < WARM; i++) await call();
  const ms = [];
  for (let i = 0; i < CALLS; i++) {
    const t = performance.now();
    await call();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.ceil(0.95 * ms.length) - 1];
}

/**
 * Set-based: the secondary indexes of push_run are dropped, RUNS rows come from seq_1_to_RUNS in
 * chunks of CHUNK (run n is n * 90 days / RUNS after the oldest), and the indexes are built again
 * by sort under their own names. Bodies: a ~450-byte JSON request and a ~150-byte response; one
 * run in a thousand carries a 32 KiB request body. Record rec-00777 is the only "Quinterro".
 * Attempts: one per run older than the retention cut (what the sweep deletes).
 */
async function seed(db, orgId, userId, connectors) {
  const [ixRows] = await db.query(
    `SELECT INDEX_NAME AS name, INDEX_TYPE AS type, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'push_run'
        AND INDEX_NAME <> 'PRIMARY' GROUP BY INDEX_NAME, INDEX_TYPE`,
  );
  for (const ix of ixRows) await db.query(`ALTER TABLE push_run DROP INDEX ${ix.name}`);
  await db.query('CREATE TEMPORARY TABLE bench_conn (n int PRIMARY KEY, id varchar(36))');
  await db.query('INSERT INTO bench_conn VALUES ?', [connectors.map((id, n) => [n, id])]);
  const spanMs = DAYS * 86_400_000;
  const FIRST = `ELT(1 + s.seq % 11, 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Mateo', 'Sofia', 'Lucas', 'Mia', 'Ethan', 'Zoe')`;
  const LAST = `IF(s.seq % ${RECORDS} = 777, 'Quinterro', ELT(1 + (s.seq DIV 11) % 13, 'Martinez', 'Smith', 'Nguyen', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Moore'))`;
  const FAILED = 's.seq % 14 = 0';
  const AT = `(NOW(3) - INTERVAL ROUND(${spanMs} * (${RUNS} - s.seq) / ${RUNS}) * 1000 MICROSECOND)`;
  for (let from = 1; from <= RUNS; from += CHUNK) {
    const to = Math.min(RUNS, from + CHUNK - 1);
    await db.query(
      `INSERT INTO push_run (id, organizationId, connectorId, runTrigger, entityType, recordId,
         recordOwnerId, recordVersion, initiatedById, status, attempts, requestMethod, requestUrl,
         requestBody, responseStatus, responseBody, error, durationMs, snapshot, startedAt, createdAt, finishedAt)
       SELECT CONCAT('00000000-0000-4000-8000-', LPAD(s.seq, 12, '0')), ?, c.id,
         ELT(1 + s.seq % 20, 'TEST', 'MANUAL', 'MANUAL', 'ON_CREATE', 'ON_CREATE', 'ON_CREATE', 'ON_CREATE',
           'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE',
           'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE', 'ON_UPDATE', 'ON_DELETE', 'ON_UPDATE'),
         'CONTACT', CONCAT('rec-', LPAD(s.seq % ${RECORDS}, 5, '0')), ?, 1,
         IF(s.seq % 20 IN (0, 1, 2), ?, NULL),
         IF(${FAILED}, 'FAILURE', 'SUCCESS'), IF(${FAILED}, 3, 1), 'POST',
         CONCAT('https://api.partner', s.seq % ${CONNECTORS}, '.example.com/v2/leads?source=crm&ref=', s.seq),
         CONCAT('{"id":"rec-', s.seq % ${RECORDS}, '","firstName":"', ${FIRST}, '","lastName":"', ${LAST},
           '","email":"', LOWER(${FIRST}), '.', s.seq % ${RECORDS}, '@mail.example.org","phone":"+1-555-',
           LPAD(s.seq % 10000, 4, '0'), '","address":"', s.seq % 900 + 100, ' Market Street","city":"Springfield",',
           '"state":"IL","zipCode":"62701","leadSource":"Website","activityRating":', s.seq % 5,
           ',"owner":{"email":"officer@bank.example","staffId":"stf-', s.seq % 40, '"},"notes":"',
           IF(s.seq % 1000 = 0, REPEAT('Long history of the account. ', 1130), 'Follow up next week'), '"}'),
         IF(${FAILED}, ELT(1 + s.seq % 3, 503, 500, 400), 201),
         IF(${FAILED}, '<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>',
           CONCAT('{"data":{"id":"lead_', s.seq, '","status":"created","duplicate":false},"requestId":"', MD5(s.seq), '"}')),
         IF(${FAILED}, CONCAT('HTTP ', ELT(1 + s.seq % 3, 503, 500, 400), ': the endpoint answered with an error after 3 attempts'), NULL),
         40 + (s.seq * 7919) % 700 + IF(s.seq % 50 = 0, 2000, 0),
         CONCAT('{"contact.firstName":"', ${FIRST}, '","contact.lastName":"', ${LAST}, '"}'),
         ${AT}, ${AT}, ${AT} + INTERVAL (40 + (s.seq * 7919) % 700) * 1000 MICROSECOND
       FROM seq_${from}_to_${to} s
       JOIN bench_conn c ON c.n = s.seq % ${CONNECTORS}`,
      [orgId, userId, userId],
    );
  }
  await db.query(
    `INSERT INTO push_attempt (id, runId, attemptNumber, outcome, requestMethod, requestUrl, requestBody,
       responseStatus, responseBody, error, durationMs, startedAt, finishedAt)
     SELECT id, id, 1, status, requestMethod, requestUrl, requestBody, responseStatus, responseBody, error,
       durationMs, startedAt, finishedAt
       FROM push_run WHERE createdAt < NOW(3) - INTERVAL ? DAY`,
    [RETENTION_DAYS],
  );
  const plain = ixRows.filter((ix) => ix.type !== 'FULLTEXT');
  await db.query(
    `ALTER TABLE push_run ${plain.map((ix) => `ADD INDEX ${ix.name} (${ix.cols})`).join(', ')}`,
  );
  for (const ix of ixRows.filter((i) => i.type === 'FULLTEXT'))
    await db.query(`ALTER TABLE push_run ADD FULLTEXT INDEX ${ix.name} (${ix.cols})`);
  await db.query('ANALYZE TABLE push_run, push_attempt');
}

// Shared bench helpers: start the built API (in this process, or as its own `node dist/main.js`
// processes as deployed), a loopback sink, a closed-loop load driver.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { createApp } from '../dist/app.js';
import { loadConfig } from '../dist/config.js';
import { createLogger } from '../dist/logger.js';
import { startServer } from '../dist/server.js';

function benchEnv(extraEnv) {
  const env = {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'odc-bench-')),
    SEED_DEMO: 'false',
    // Each run signs up an organization, on a database that may hold earlier runs' (MySQL).
    SIGNUP: 'open',
    LOG_LEVEL: 'warn',
    ALLOWED_TARGET_HOSTS: '127.0.0.1,localhost,::1',
    PORT: '0',
    ...extraEnv,
  };
  if (process.env.DATABASE_URL && !('DATABASE_URL' in extraEnv)) {
    env.DATABASE_URL = process.env.DATABASE_URL;
    env.ENCRYPTION_KEY ??= process.env.ENCRYPTION_KEY ?? '0'.repeat(64);
    env.JWT_SECRET ??= process.env.JWT_SECRET ?? 'bench-secret-bench-secret';
  }
  return env;
}

export async function startApi(extraEnv = {}) {
  const env = benchEnv(extraEnv);
  const config = loadConfig(env);
  const app = await createApp(config, createLogger(config.logLevel));
  const server = await startServer(app, 0, { benchRoutes: true });
  const db = config.database.type;
  return {
    app,
    server,
    db,
    url: server.url,
    close: async () => {
      await server.close();
      await app.close();
    },
  };
}

const MAIN = new URL('../dist/main.js', import.meta.url).pathname;

/**
 * The API as deployed: one `node dist/main.js` process per role (e.g. ['all'], or ['api', 'worker']),
 * sharing one database (and Redis when REDIS_URL is given). Returns the first one's URL.
 */
export async function startApiProcesses(roles, extraEnv = {}) {
  const env = { ...benchEnv(extraEnv), LOG_LEVEL: 'info' };
  env.JWT_SECRET ??= 'bench-secret-bench-secret';
  env.ENCRYPTION_KEY ??= '0'.repeat(64);
  const children = [];
  const ports = [];
  for (const role of roles) {
    const flags = process.env.BENCH_API_FLAGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...flags, MAIN], {
      env: { PATH: process.env.PATH, ...env, ROLE: role },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    ports.push(await listeningPort(child, role));
  }
  const db = env.DATABASE_URL ? 'mysql' : 'sqlite';
  return {
    db,
    url: `http://127.0.0.1:${ports[0]}`,
    pids: children.map((c) => c.pid),
    /** CPU time (ms) used so far by the API processes, the local MySQL/Redis servers and this process. */
    cpuMs: () => ({
      api: sumCpuMs(children.map((c) => c.pid)),
      db: sumCpuMs(databasePids(env)),
      bench: driverCpuMs(),
    }),
    close: () =>
      Promise.all(
        children.map(
          (c) => new Promise((r) => (c.exitCode !== null ? r() : (c.once('exit', r), c.kill()))),
        ),
      ),
  };
}

/** One `node dist/main.js` process with exactly this environment; resolves once it serves. */
export async function spawnApi(role, env) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, ...env, ROLE: role, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await listeningPort(child, role);
  const exited = new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The local servers the API uses: mariadbd/mysqld on MySQL, redis-server with REDIS_URL. */
function databasePids(env) {
  const names = [env.DATABASE_URL && 'mariadbd|mysqld', env.REDIS_URL && 'redis-server'];
  return names.filter(Boolean).flatMap((name) => {
    try {
      return execFileSync('pgrep', ['-x', name], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  });
}

/** null where /proc is missing (not Linux) */
function sumCpuMs(pids) {
  if (pids.length === 0) return null;
  try {
    const ticksPerS = 100; // USER_HZ on Linux
    let ticks = 0;
    for (const pid of pids) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    }
    return (ticks * 1000) / ticksPerS;
  } catch {
    return null;
  }
}

function listeningPort(child, role) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = line.startsWith('{') ? JSON.parse(line) : {};
        const port = entry.ready ? entry.port : undefined; // serving, not just listening
        if (typeof port === 'number' && port > 0) {
          child.stdout.off('data', onData);
          child.stdout.resume();
          resolve(port);
        }
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${role} process exited with ${code}`)));
  });
}

/** CPU ms used so far by this process: the load driver and the sink. */
function driverCpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds per push of the API processes, the database server and this bench process
 * (client and sink), between two cpuMs(); with the total, what two cores could sustain at best.
 */
export function cpuPerPush(before, after, pushes) {
  const ms = (k) =>
    before[k] === null || after[k] === null ? null : (after[k] - before[k]) / pushes;
  const per = (k) => (ms(k) === null ? 'n/a' : ms(k).toFixed(2));
  const total = ['api', 'db', 'bench'].reduce((sum, k) => sum + (ms(k) ?? 0), 0);
  return (
    `cpu per push: api ${per('api')} ms, database/redis servers ${per('db')} ms, bench client+sink ${per('bench')} ms; ` +
    `total ${total.toFixed(2)} ms = at most ${(2000 / total).toFixed(0)} pushes/s on 2 fully used cores`
  );
}

/** Uncounted pushes (and bare requests) before each measured loop: a warmed-up JIT and pools. */
export const WARMUP = Number(process.env.BENCH_WARMUP ?? 500);

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id status } }`;

/** `total` triggerPush mutations over `records` (closed loop), then waits until all are SUCCESS. */
export async function pushUntilSuccess(p, token, connectorId, records, total, concurrency) {
  let n = 0;
  await closedLoop(total, concurrency, () =>
    gql(p, token, TRIGGER, { c: connectorId, r: records[n++ % records.length] }),
  );
  while ((await successCount(p, token, connectorId)) < total)
    await new Promise((r) => setTimeout(r, 20));
}

/** WARMUP pushes through a connector of their own to the sink, until SUCCESS; not measured. */
export async function warmUp(p, token, roleId, sinkUrl, records, concurrency) {
  if (WARMUP <= 0) return;
  const data = await gql(
    p,
    token,
    `mutation($i: ConnectorInput!) { createConnector(input: $i, publish: true) { id } }`,
    { i: connectorInput('Warm-up', `${sinkUrl}/push`, [roleId]) },
  );
  await pushUntilSuccess(p, token, data.createConnector.id, records, WARMUP, concurrency);
}

/** The baseline: `total` POSTs straight to the sink (after WARMUP more); returns requests/s. */
export async function bareLoop(sinkUrl, total, concurrency) {
  const sinkPool = pool(sinkUrl, concurrency);
  const post = async () => {
    const res = await sinkPool.request({
      path: '/push',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"id":"x","name":"Bench"}',
    });
    await res.body.text();
  };
  if (WARMUP > 0) await closedLoop(WARMUP, concurrency, post);
  const ms = await closedLoop(total, concurrency, post);
  await sinkPool.close();
  return (total * 1000) / ms;
}

/** How many runs of the connector are SUCCESS, asked through the API. */
export async function successCount(p, token, connectorId) {
  const data = await gql(
    p,
    token,
    `query($c: ID!) { runs(connectorId: $c, status: SUCCESS, pageSize: 1) { totalCount } }`,
    { c: connectorId },
  );
  return data.runs.totalCount;
}

export async function gql(pool, token, query, variables) {
  const res = await pool.request({
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.body.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Runs task() `total` times with `concurrency` in flight; returns elapsed ms. */
export async function closedLoop(total, concurrency, task) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        await task();
      }
    }),
  );
  return performance.now() - start;
}

/** Runs task() for `ms` with `concurrency` in flight; returns requests per second. */
export async function forDuration(ms, concurrency, task) {
  let count = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await task();
        count++;
      }
    }),
  );
  return (count * 1000) / (performance.now() - start);
}

/** A loopback sink answering 200 {"ok":true}; counts what it receives. */
export async function startSink() {
  const sink = { count: 0, url: '', onBody: null };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => sink.onBody && chunks.push(c));
    req.on('end', () => {
      sink.count++;
      sink.onBody?.(Buffer.concat(chunks).toString());
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  sink.url = `http://127.0.0.1:${server.address().port}`;
  sink.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(r);
    });
  return sink;
}

export const pool = (url, connections = 64) => new Pool(url, { connections, pipelining: 1 });

export async function signUp(p) {
  const tag = Math.random().toString(36).slice(2, 8);
  const data = await gql(
    p,
    '',
    `mutation($i: SignUpInput!) { signUp(input: $i) { token user { role { id } } } }`,
    {
      i: {
        organizationName: `Bench ${tag}`,
        name: 'Bench',
        email: `bench-${tag}@bench.test`,
        password: 'bench-password',
      },
    },
  );
  return { token: data.signUp.token, roleId: data.signUp.user.role.id };
}

export function connectorInput(name, url, roleIds) {
  return {
    name,
    entityType: 'CONTACT',
    automationTriggers: [],
    roleIds,
    authentication: { type: 'NONE' },
    request: {
      url,
      method: 'POST',
      headers: [],
      bodyTemplate: '{"id": "{{contact.id}}", "name": "{{contact.firstName}}"}',
    },
    successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
  };
}

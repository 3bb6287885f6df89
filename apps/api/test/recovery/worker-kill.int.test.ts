import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from '../helpers/fixtures.js';
import { makeOrg, type OrgUsers } from '../helpers/org.js';
import { deploymentEnv, startProcess, type ApiProcess } from '../helpers/processes.js';
import { freshDatabase, type TestDatabase } from '../helpers/server.js';
import { Target, waitFor } from '../helpers/target.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

// Worker processes SIGKILLed with jobs in hand, on MariaDB + Redis (BullMQ). Runs when MYSQL_URL
// and REDIS_URL are set (CI sets both); unreachable = failure.
const ready = Boolean(process.env.MYSQL_URL && process.env.REDIS_URL);

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const TIMEOUT_MS = 10_000;

describe.skipIf(!ready)('a worker SIGKILLed with jobs in hand', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  let dbProxy: TcpProxy;
  let redis: Redis;
  let target: Target;
  let org: OrgUsers;
  const procs: ApiProcess[] = [];

  const start = async (role: 'api' | 'worker', extra: Record<string, string> = {}) => {
    const p = await startProcess(role, { ...env, ...extra });
    procs.push(p);
    return p;
  };
  /** A worker whose database connections go through the proxy. */
  const proxiedWorker = () =>
    start('worker', { DATABASE_URL: dbProxy.url(env.DATABASE_URL!), WORKER_CONCURRENCY: '8' });

  const connector = async (name: string, path: string) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds: [org.adminRoleId],
          url: `${target.url}${path}`,
          delivery: { maxAttempts: 3, timeoutMs: TIMEOUT_MS },
        }),
        p: true,
      })
    ).createConnector.id as string;

  const contacts = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(
        (await org.admin.ok(CONTACT, { i: { firstName: `K${i}`, lastName: 'Kill' } })).createContact
          .id as string,
      );
    return ids;
  };

  /** When each run's requests reached the target (by Idempotency-Key = run id). */
  const arrivals = (path: string) => {
    const byRun = new Map<string, number[]>();
    for (const r of target.received.filter((x) => x.path === path)) {
      const id = String(r.headers['idempotency-key']);
      byRun.set(id, [...(byRun.get(id) ?? []), r.at]);
    }
    return byRun;
  };

  beforeAll(async () => {
    db = await freshDatabase('mysql');
    // A sweep every 3 s, as the harness that found the stall ran.
    env = { ...deploymentEnv(db.env), SWEEP_INTERVAL_MS: '3000' };
    dbProxy = await new TcpProxy(Number(new URL(env.DATABASE_URL!).port || 3306)).start();
    redis = new Redis(process.env.REDIS_URL as string);
    target = await new Target().start();
    const api = await start('api');
    org = await makeOrg(new Client(`${api.base}/graphql`), 'Kill');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    await target?.close();
    await dbProxy?.stop();
    redis?.disconnect();
    await db?.drop();
  });

  it('takes over an attempt in flight within timeoutMs + 5 s of its start', async () => {
    const id = await connector('in-flight', '/hold-first');
    const records = await contacts(3);
    const a = await proxiedWorker();
    const runs: string[] = [];
    for (const r of records) runs.push((await org.admin.ok(TRIGGER, { c: id, r })).triggerPush.id);
    await waitFor(() => arrivals('/hold-first').size === 3, 15_000, 'three attempts in flight');
    const b = await start('worker');
    await a.kill();
    await waitFor(
      () => runs.every((run) => (arrivals('/hold-first').get(run)?.length ?? 0) >= 2),
      40_000,
      'every attempt taken over',
    );
    const delays = runs.map((run) => {
      const [first, second] = arrivals('/hold-first').get(run)!;
      return second! - first!;
    });
    console.info(`taken over ${delays.join(', ')} ms after the attempt started`);
    for (const delay of delays) {
      // Goal: timeoutMs + 5 s; before the fix 2 x timeoutMs + 5 s at best.
      expect(delay).toBeLessThan(TIMEOUT_MS + 5_000 + 2_500);
    }
    expect(await b.stop()).toBe(0);
  }, 90_000);

  it('attempts the runs waiting in a dead worker within 10 s', async () => {
    const id = await connector('waiting', '/ok/waiting');
    const records = await contacts(6);
    const a = await proxiedWorker();
    // Its database frozen, the worker takes the jobs and cannot even read their runs.
    dbProxy.hold();
    for (const r of records) await org.admin.ok(TRIGGER, { c: id, r });
    const active = `${env.REDIS_PREFIX}:odc-push-runs:active`;
    await waitFor(async () => (await redis.llen(active)) === 6, 10_000, 'six jobs in the worker');
    await start('worker');
    await a.kill();
    const killedAt = Date.now();
    dbProxy.open();
    await waitFor(() => arrivals('/ok/waiting').size === 6, 40_000, 'six runs attempted');
    const latest = Math.max(...[...arrivals('/ok/waiting').values()].map((at) => at[0]!));
    console.info(`waiting runs attempted at most ${latest - killedAt} ms after the kill`);
    // Goal 10 s; before the fix about a minute (the dead worker's locks, then the stalled check).
    expect(latest - killedAt).toBeLessThan(10_000);
  }, 90_000);
});

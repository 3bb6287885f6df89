import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { deploymentEnv, startProcess, type ApiProcess } from './helpers/processes.js';
import { freshDatabase, type TestDatabase } from './helpers/server.js';
import { Target, waitFor } from './helpers/target.js';
import { subscribe } from './helpers/ws.js';

// Several started processes (`node dist/main.js` with ROLE=api / ROLE=worker) sharing MariaDB and
// Redis. Runs when MYSQL_URL and REDIS_URL are set (CI sets both); unreachable = failure.
const ready = Boolean(process.env.MYSQL_URL && process.env.REDIS_URL);

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const COUNT = `query($c: ID, $s: RunStatus) { runs(connectorId: $c, status: $s) { totalCount } }`;
const EVENTS = `subscription($c: ID) { runStatusChanged(connectorId: $c) { id status } }`;
const BODY = '{"id": "{{contact.id}}", "first": "{{contact.firstName}}"}';

const gqlUrl = (p: ApiProcess) => `${p.base}/graphql`;

async function runsWith(client: Client, connectorId: string, status: string): Promise<number> {
  return (await client.ok(COUNT, { c: connectorId, s: status })).runs.totalCount as number;
}

/** Runs tasks with at most `width` in flight. */
async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++] as T);
    }),
  );
}

describe.skipIf(!ready)('two API instances and two workers on MariaDB + Redis', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const procs: ApiProcess[] = [];
  let api1: ApiProcess;
  let api2: ApiProcess;
  let target: Target;
  let org: OrgUsers;
  let viaApi2: Client;

  const connector = async (name: string, extra: Record<string, unknown> = {}) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds: [org.adminRoleId],
          url: `${target.url}/ok/${name}`,
          request: { url: `${target.url}/ok/${name}`, method: 'POST', bodyTemplate: BODY },
          ...extra,
        }),
        p: true,
      })
    ).createConnector.id as string;

  beforeAll(async () => {
    db = await freshDatabase('mysql');
    env = deploymentEnv(db.env);
    target = await new Target().start();
    // All four start at once, as docker compose would start them: migrations run once, locked.
    const started = await Promise.all([
      startProcess('api', env),
      startProcess('api', env),
      startProcess('worker', env),
      startProcess('worker', { ...env, WORKER_CONCURRENCY: '8' }),
    ]);
    procs.push(...started);
    [api1, api2] = started;
    org = await makeOrg(new Client(gqlUrl(api1)), 'Scale');
    viaApi2 = new Client(gqlUrl(api2), org.admin.token);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    await target?.close();
    await db?.drop();
  });

  it('serves /healthz with the database and Redis, and /metrics on every process', async () => {
    for (const p of procs) {
      const health = (await (await fetch(`${p.base}/healthz`)).json()) as Record<string, unknown>;
      expect(health).toMatchObject({
        ok: true,
        role: p.role,
        db: { ok: true },
        redis: { ok: true },
      });
      const metrics = await (await fetch(`${p.base}/metrics`)).text();
      expect(metrics).toContain('odc_queue_depth');
      expect(metrics).toContain('# TYPE odc_runs gauge');
    }
  });

  it('a subscription on instance 1 sees every status of a run triggered through instance 2 and run by a worker', async () => {
    const id = await connector('live');
    const contact = (await viaApi2.ok(CONTACT, { i: { firstName: 'Live', lastName: 'L' } }))
      .createContact.id as string;
    const sub = await subscribe<{ runStatusChanged: { id: string; status: string } }>(
      `ws://127.0.0.1:${api1.port}/graphql`,
      org.admin.token,
      EVENTS,
      { c: id },
    );
    try {
      const run = (await viaApi2.ok(TRIGGER, { c: id, r: contact })).triggerPush.id as string;
      await waitFor(
        () => sub.events.some((e) => e.runStatusChanged.status === 'SUCCESS'),
        15_000,
        'SUCCESS over ws',
      );
      const statuses = sub.events
        .filter((e) => e.runStatusChanged.id === run)
        .map((e) => e.runStatusChanged.status);
      expect(statuses).toEqual(['QUEUED', 'RUNNING', 'SUCCESS']);
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.close();
    }
    const metrics = await Promise.all(
      procs.filter((p) => p.role === 'worker').map(async (p) => fetch(`${p.base}/metrics`)),
    );
    const texts = await Promise.all(metrics.map((m) => m.text()));
    expect(texts.join('\n')).toMatch(/odc_run_transitions_total\{status="SUCCESS"\} [1-9]/);
  });

  it('retries at once on 503 with Retry-After: 0 (the retry is not dropped behind its own job)', async () => {
    const id = await connector('flaky', {
      request: { url: `${target.url}/flaky/now`, method: 'POST', bodyTemplate: BODY },
    });
    const contact = (await org.admin.ok(CONTACT, { i: { firstName: 'F', lastName: 'Flaky' } }))
      .createContact.id as string;
    const run = (await viaApi2.ok(TRIGGER, { c: id, r: contact })).triggerPush.id as string;
    const done = await waitFor(
      async () => {
        const r = (
          await org.admin.ok(`query($id: ID!) { run(id: $id) { status attempts } }`, { id: run })
        ).run;
        return r.status === 'SUCCESS' && r;
      },
      10_000,
      'SUCCESS after a 503',
    );
    expect(done.attempts).toBe(2);
    expect(target.received.filter((r) => r.path === '/flaky/now')).toHaveLength(2);
  });

  it('delivers 50 rapid updates of one contact in the order they were made', async () => {
    const id = await connector('ordered', { automationTriggers: ['ON_UPDATE'] });
    const contact = (await org.admin.ok(CONTACT, { i: { firstName: 'v0', lastName: 'Order' } }))
      .createContact.id as string;
    // Alternate the instances: the order is the record's, not one process's.
    for (let v = 1; v <= 50; v++) {
      const client = v % 2 ? org.admin : viaApi2;
      await client.ok(UPDATE, { id: contact, i: { firstName: `v${v}`, lastName: 'Order' } });
    }
    await waitFor(async () => (await runsWith(org.admin, id, 'SUCCESS')) === 50, 30_000, '50');
    const seen = target.received
      .filter((r) => r.path === '/ok/ordered')
      .map((r) => (JSON.parse(r.body) as { first: string }).first);
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => `v${i + 1}`));
  });

  it('holds rateLimitPerMinute = 30 across both workers: no 60-second window sees more than 30', async () => {
    const id = await connector('limited', {
      delivery: { maxAttempts: 1, timeoutMs: 5000, rateLimitPerMinute: 30 },
    });
    const contacts: string[] = [];
    for (let i = 0; i < 40; i++) {
      contacts.push(
        (await org.admin.ok(CONTACT, { i: { firstName: `r${i}`, lastName: 'Rate' } })).createContact
          .id as string,
      );
    }
    await inParallel(contacts, 8, (r) =>
      (r.charCodeAt(0) % 2 ? org.admin : viaApi2).ok(TRIGGER, { c: id, r }),
    );
    await waitFor(async () => (await runsWith(org.admin, id, 'SUCCESS')) === 40, 90_000, '40');
    const times = target.received
      .filter((r) => r.path === '/ok/limited')
      .map((r) => r.at)
      .sort((a, b) => a - b);
    expect(times).toHaveLength(40);
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter(
        (t) => t >= (times[i] as number) && t < (times[i] as number) + 60_000,
      );
      expect(inWindow.length).toBeLessThanOrEqual(30);
    }
    // The 31st waited for the window to slide, it was not dropped.
    expect((times[30] as number) - (times[0] as number)).toBeGreaterThanOrEqual(60_000);
  }, 120_000);

  it('stops on SIGTERM with exit code 0', async () => {
    const worker = procs.find((p) => p.role === 'worker') as ApiProcess;
    expect(await worker.stop()).toBe(0);
    expect(await api2.stop()).toBe(0);
  });
});

describe.skipIf(!ready)('a worker killed mid-way on MariaDB + Redis', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const procs: ApiProcess[] = [];
  let target: Target;

  beforeAll(async () => {
    db = await freshDatabase('mysql');
    env = { ...deploymentEnv(db.env), WORKER_CONCURRENCY: '16' };
    target = await new Target().start();
  }, 60_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.kill()));
    await target?.close();
    await db?.drop();
  });

  it('delivers every one of 500 runs at least once after SIGKILL and a new worker', async () => {
    const api = await startProcess('api', env);
    procs.push(api);
    const first = await startProcess('worker', env);
    procs.push(first);
    const org = await makeOrg(new Client(gqlUrl(api)), 'Crash');
    const id = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'slow',
          roleIds: [org.adminRoleId],
          automationTriggers: ['ON_CREATE'],
          request: { url: `${target.url}/slow`, method: 'POST', bodyTemplate: BODY },
          delivery: { maxAttempts: 3, timeoutMs: 2000, rateLimitPerMinute: null },
        }),
        p: true,
      })
    ).createConnector.id as string;
    // 500 contacts, each queuing one run in its own transaction.
    await inParallel(
      Array.from({ length: 500 }, (_, i) => i),
      16,
      (i) => org.admin.ok(CONTACT, { i: { firstName: `c${i}`, lastName: 'Crash' } }),
    );
    await waitFor(() => target.received.length >= 100, 60_000, '100 delivered');
    await first.kill();
    const inFlight = target.received.length;
    expect(inFlight).toBeLessThan(500);
    procs.push(await startProcess('worker', env));
    await waitFor(
      async () => (await runsWith(org.admin, id, 'SUCCESS')) === 500,
      120_000,
      '500 SUCCESS',
    );
    for (const status of ['QUEUED', 'RUNNING', 'RETRYING', 'FAILURE'])
      expect(await runsWith(org.admin, id, status)).toBe(0);
    const keys = new Set(target.received.map((r) => String(r.headers['idempotency-key'])));
    expect(keys.size).toBe(500);
    expect(target.received.length).toBeGreaterThanOrEqual(500);
  }, 240_000);
});

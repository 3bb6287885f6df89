import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from '../helpers/fixtures.js';
import { makeOrg, type OrgUsers } from '../helpers/org.js';
import { deploymentEnv, startProcess, type ApiProcess } from '../helpers/processes.js';
import { freshDatabase, type TestDatabase } from '../helpers/server.js';
import { Target, waitFor } from '../helpers/target.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

// An API and a worker process on MariaDB, with Redis behind a TCP proxy that is cut for 5 s.
// Needs MYSQL_URL and REDIS_URL (CI sets both); unreachable = failure.
const ready = Boolean(process.env.MYSQL_URL && process.env.REDIS_URL);

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const OUTAGE_MS = 5000;

describe.skipIf(!ready)('while Redis is unreachable', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let target: Target;
  let org: OrgUsers;
  let api: ApiProcess;
  let worker: ApiProcess;

  beforeAll(async () => {
    db = await freshDatabase('mysql');
    const env = deploymentEnv(db.env);
    proxy = await new TcpProxy(Number(new URL(env.REDIS_URL!).port || 6379)).start();
    const through = { ...env, REDIS_URL: proxy.url(env.REDIS_URL!), SWEEP_INTERVAL_MS: '1000' };
    target = await new Target().start();
    [api, worker] = await Promise.all([
      startProcess('api', through),
      startProcess('worker', through),
    ]);
    org = await makeOrg(new Client(`${api.base}/graphql`), 'Outage');
  }, 120_000);

  afterAll(async () => {
    await Promise.all([api?.kill(), worker?.kill()]);
    await target?.close();
    await proxy?.stop();
    await db?.drop();
  });

  it('answers every mutation within 1.5 s, delivers its runs once Redis is back, and says so once', async () => {
    const connectorId = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'Outage',
          roleIds: [org.adminRoleId],
          url: `${target.url}/ok/outage`,
          automationTriggers: ['ON_UPDATE'],
        }),
        p: true,
      })
    ).createConnector.id as string;
    const contacts: string[] = [];
    for (let i = 0; i < 4; i++)
      contacts.push(
        (await org.admin.ok(CONTACT, { i: { firstName: `O${i}`, lastName: 'Outage' } }))
          .createContact.id as string,
      );

    proxy.close();
    const cutAt = Date.now();
    const timings: number[] = [];
    const timed = async (query: string, vars: Record<string, unknown>) => {
      const t = performance.now();
      const r = await org.admin.gql(query, vars);
      timings.push(performance.now() - t);
      expect(r.errors).toBeUndefined();
    };
    for (const id of contacts) {
      await timed(UPDATE, { id, i: { firstName: `O-${id.slice(0, 4)}`, lastName: 'Outage' } });
      await timed(TRIGGER, { c: connectorId, r: id });
    }
    await Promise.all(contacts.map((r) => timed(TRIGGER, { c: connectorId, r })));
    await new Promise((r) => setTimeout(r, Math.max(0, cutAt + OUTAGE_MS - Date.now())));
    proxy.open();
    console.info(`mutations during the outage: max ${Math.round(Math.max(...timings))} ms`);
    for (const ms of timings) expect(ms).toBeLessThan(1500);

    // 4 updates + 8 pushes, each one run, each delivered once Redis is back (the sweep).
    await waitFor(
      () =>
        new Set(
          target.received
            .filter((r) => r.path === '/ok/outage')
            .map((r) => r.headers['idempotency-key']),
        ).size === 12,
      30_000,
      'the 12 runs delivered',
    );
    await waitFor(
      () => [api, worker].every((p) => p.logs.join('').includes('Redis reachable again')),
      15_000,
      'recovery logged',
    );
    for (const p of [api, worker]) {
      const text = p.logs.join('');
      expect(text).not.toContain('Unhandled error event');
      expect(text.split('\n').filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
    }
  }, 90_000);
});

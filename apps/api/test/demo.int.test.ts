import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed.js';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { runEnded } from './helpers/runs.js';
import { waitFor } from './helpers/target.js';

const LOGIN = `mutation($e: String!) { login(email: $e, password: "demo-password") { token } }`;
const URLS = `{ connectors { items { name request { url } } } }`;
const PUSH = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;

describe.each(DRIVERS)('demo seed (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  const portOf = (s: TestServer) => Number(new URL(s.url).port);
  const login = async (email: string) => {
    const anon = new Client(server.url);
    return anon.with((await anon.ok(LOGIN, { e: email })).login.token);
  };
  const pushAndWait = async (who: Client) => {
    const menu = await who.ok(
      `{ pushConnectors(entityType: CONTACT) { id } contacts(pageSize: 1) { items { id } } }`,
    );
    const run = await who.ok(PUSH, { c: menu.pushConnectors[0].id, r: menu.contacts.items[0].id });
    return waitFor(
      async () => {
        const r = (
          await who.ok(`query($id: ID!) { run(id: $id) { status error requestUrl } }`, {
            id: run.triggerPush.id,
          })
        ).run;
        return r.status !== 'QUEUED' && r.status !== 'RUNNING' && r.status !== 'RETRYING' && r;
      },
      10_000,
      'demo push',
    );
  };

  /** A test push of CRM Sync: the owner matched to the demo staff, a new lead source created. */
  const expectCrmSyncMatches = async (admin: Client, officer: Client) => {
    const { connectors } = await admin.ok(`{ connectors { items { id name } } }`);
    const crm = connectors.items.find((c: { name: string }) => c.name === 'CRM Sync');
    const source = `Open House ${Math.random().toString(36).slice(2, 8)}`;
    const contact = (
      await officer.ok(`mutation($i: ContactInput!) { createContact(input: $i) { id } }`, {
        i: { firstName: 'Demo', lastName: 'Match', leadSource: source },
      })
    ).createContact.id;
    const run = (
      await admin.ok(`mutation($c: ID!, $r: ID) { testConnector(id: $c, recordId: $r) { id } }`, {
        c: crm.id,
        r: contact,
      })
    ).testConnector;
    const done = await runEnded(admin, run.id, 'CRM Sync test push');
    expect(done.error).toBeNull();
    expect(JSON.parse(done.requestBody ?? '')).toMatchObject({
      staffId: 'staff-102',
      leadSourceId: expect.stringMatching(/^source-\d+$/),
    });
  };

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer({ ...db.env, SEED_DEMO: 'true' });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('seeds once; the demo logins push to the echo endpoint', async () => {
    const port = portOf(server);
    expect(await seedDemo(server.app, port)).toBe(true);
    expect(await seedDemo(server.app, port)).toBe(false);
    const admin = await login('admin@demo.test');
    const officer = await login('officer@demo.test');
    const viewer = await login('viewer@demo.test');
    const counts = await admin.ok(
      `{ contacts { totalCount } loans { totalCount } connectors { totalCount } roles { connectorAccess } }`,
    );
    expect(counts.contacts.totalCount).toBe(20);
    expect(counts.loans.totalCount).toBe(10);
    expect(counts.connectors.totalCount).toBe(6);
    expect((await viewer.ok(`{ me { role { connectorAccess } } }`)).me.role.connectorAccess).toBe(
      'READ_ONLY',
    );
    const done = await pushAndWait(officer);
    expect(done).toMatchObject({ status: 'SUCCESS', error: null });
    await expectCrmSyncMatches(admin, officer);
  });

  it('seeds two weeks of finished runs: successes, retries, failures, manual and automatic', async () => {
    const admin = await login('admin@demo.test');
    const { connectors } = await admin.ok(
      `{ connectors(pageSize: 20) { items { name lastRunAt lastRunStatus } } }`,
    );
    const last = Object.fromEntries(
      connectors.items.map((c: { name: string; lastRunStatus: string | null }) => [
        c.name,
        c.lastRunStatus,
      ]),
    );
    // Every published demo connector has a last run on its tile; the Off one (CRM Sync) not.
    for (const name of ['Gift Service', 'Data Lake', 'Closed Loans', 'Flaky Partner'])
      expect(last[name]).not.toBeNull();
    expect(last['Strict Partner']).toBe('FAILURE');
    expect(last['CRM Sync']).toBeNull();

    const runs: { status: string; trigger: string; attempts: number; createdAt: string }[] = [];
    for (let page = 1; ; page++) {
      const got = (
        await admin.ok(
          `query($p: Int!) { runs(pageSize: 100, page: $p) { pageCount items { status trigger attempts createdAt } } }`,
          { p: page },
        )
      ).runs;
      runs.push(...got.items);
      if (page >= got.pageCount) break;
    }
    expect(runs.length).toBeGreaterThan(14 * 7);
    const statuses = new Set(runs.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['FAILURE', 'SUCCESS']);
    expect(runs.some((r) => r.status === 'SUCCESS' && r.attempts > 1)).toBe(true);
    const triggers = new Set(runs.map((r) => r.trigger));
    expect(triggers).toContain('MANUAL');
    expect(triggers.has('ON_CREATE') || triggers.has('ON_UPDATE')).toBe(true);
    const days = new Set(runs.map((r) => r.createdAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(13);
    const oldest = Math.min(...runs.map((r) => Date.parse(r.createdAt)));
    expect(Date.now() - oldest).toBeGreaterThan(12 * 86_400_000);
    expect(Date.now() - oldest).toBeLessThan(15 * 86_400_000);
  });

  it('echoes the request headers as received, credentials redacted', async () => {
    const officer = await login('officer@demo.test');
    const admin = await login('admin@demo.test');
    const { connectors } = await admin.ok(`{ connectors(pageSize: 20) { items { id name } } }`);
    const lake = connectors.items.find((c: { name: string }) => c.name === 'Data Lake');
    const contact = (await officer.ok(`{ contacts(pageSize: 1) { items { id } } }`)).contacts
      .items[0].id;
    const run = (await officer.ok(PUSH, { c: lake.id, r: contact })).triggerPush;
    await runEnded(officer, run.id, 'Data Lake push');
    const { responseBody } = (
      await officer.ok(`query($id: ID!) { run(id: $id) { responseBody } }`, { id: run.id })
    ).run;
    const echoed = JSON.parse(responseBody);
    expect(echoed.headers).toMatchObject({
      'x-source': 'outbound-data-connector',
      'idempotency-key': run.id,
      'content-type': 'application/json',
      authorization: '[redacted]',
    });
    expect(responseBody).not.toContain(Buffer.from('demo:demo-passcode').toString('base64'));
  });

  it('has a demo endpoint failing one call in three with 503, and one answering 400, each with a demo connector', async () => {
    const base = new URL(server.url).origin;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${base}/demo/flaky`, { method: 'POST', body: '{}' });
      statuses.push(res.status);
      if (res.status === 503) expect(res.headers.get('retry-after')).toBe('2');
    }
    expect(statuses).toEqual([503, 200, 200, 503, 200, 200]);
    expect((await fetch(`${base}/demo/reject`, { method: 'POST', body: '{}' })).status).toBe(400);

    // The next flaky call is a 503: Flaky Partner's push is retried and then succeeds.
    const officer = await login('officer@demo.test');
    const admin = await login('admin@demo.test');
    const { connectors } = await admin.ok(`{ connectors(pageSize: 20) { items { id name } } }`);
    const byName = (n: string) => connectors.items.find((c: { name: string }) => c.name === n).id;
    const contact = (await officer.ok(`{ contacts(pageSize: 1) { items { id } } }`)).contacts
      .items[0].id;
    const RUN = `query($id: ID!) { run(id: $id) { status attempts responseStatus error } }`;
    const flaky = (await officer.ok(PUSH, { c: byName('Flaky Partner'), r: contact })).triggerPush;
    await runEnded(officer, flaky.id, 'Flaky Partner push');
    expect((await officer.ok(RUN, { id: flaky.id })).run).toMatchObject({
      status: 'SUCCESS',
      attempts: 2,
      responseStatus: 200,
    });
    const strict = (await officer.ok(PUSH, { c: byName('Strict Partner'), r: contact }))
      .triggerPush;
    await runEnded(officer, strict.id, 'Strict Partner push');
    const failed = (await officer.ok(RUN, { id: strict.id })).run;
    expect(failed).toMatchObject({ status: 'FAILURE', attempts: 1, responseStatus: 400 });
    expect(failed.error).toMatch(/400/);
  });

  it('moves the demo connectors to the port the server listens on after a restart', async () => {
    const before = portOf(server);
    const admin = await login('admin@demo.test');
    const echoes = (await admin.ok(URLS)).connectors.items.map(
      (c: { request: { url: string } }) => c.request.url,
    );
    expect(echoes.every((u: string) => u.startsWith(`http://localhost:${before}/demo/`))).toBe(
      true,
    );
    // Not the demo echo, or not the demo organization: left as they are.
    const demoRoles = (await admin.ok(`{ roles { id } }`)).roles.map((r: { id: string }) => r.id);
    const elsewhere = `http://localhost:${before}/somewhere-else`;
    await admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Own Target', roleIds: demoRoles, url: elsewhere }),
    });
    const other = await makeOrg(new Client(server.url), 'Other');
    const foreign = `http://localhost:${before}/demo/echo/theirs`;
    await other.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({ name: 'Theirs', roleIds: [other.adminRoleId], url: foreign }),
    });

    await server.close();
    server = await startTestServer({ ...db.env, SEED_DEMO: 'true' });
    const after = portOf(server);
    expect(after).not.toBe(before);
    expect(await seedDemo(server.app, after)).toBe(false);

    const again = await login('admin@demo.test');
    const urls = Object.fromEntries(
      (await again.ok(URLS)).connectors.items.map(
        (c: { name: string; request: { url: string } }) => [c.name, c.request.url],
      ),
    );
    expect(urls).toEqual({
      'Closed Loans': `http://localhost:${after}/demo/echo/loans`,
      'CRM Sync': `http://localhost:${after}/demo/echo/crm`,
      'Data Lake': `http://localhost:${after}/demo/echo/lake`,
      'Flaky Partner': `http://localhost:${after}/demo/flaky`,
      'Gift Service': `http://localhost:${after}/demo/echo/gifts`,
      'Strict Partner': `http://localhost:${after}/demo/reject`,
      'Own Target': elsewhere,
    });
    const theirs = await new Client(server.url, other.admin.token).ok(URLS);
    expect(theirs.connectors.items[0].request.url).toBe(foreign);
    const done = await pushAndWait(await login('officer@demo.test'));
    expect(done).toMatchObject({ status: 'SUCCESS', error: null });
    expect(done.requestUrl).toContain(`:${after}/demo/echo/`);
    // CRM Sync's staff and lead source lists moved with it.
    await expectCrmSyncMatches(again, await login('officer@demo.test'));
  });
});

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
    expect(counts.connectors.totalCount).toBe(4);
    expect((await viewer.ok(`{ me { role { connectorAccess } } }`)).me.role.connectorAccess).toBe(
      'READ_ONLY',
    );
    const done = await pushAndWait(officer);
    expect(done).toMatchObject({ status: 'SUCCESS', error: null });
    await expectCrmSyncMatches(admin, officer);
  });

  it('moves the demo connectors to the port the server listens on after a restart', async () => {
    const before = portOf(server);
    const admin = await login('admin@demo.test');
    const echoes = (await admin.ok(URLS)).connectors.items.map(
      (c: { request: { url: string } }) => c.request.url,
    );
    expect(echoes.every((u: string) => u.startsWith(`http://localhost:${before}/demo/echo/`))).toBe(
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
      'Gift Service': `http://localhost:${after}/demo/echo/gifts`,
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

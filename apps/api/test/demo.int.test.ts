import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/db/seed.js';
import { Client } from './helpers/client.js';
import {
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { waitFor } from './helpers/target.js';

describe('demo seed (sqlite)', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await freshDatabase('sqlite');
    server = await startTestServer(db.env);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('seeds once; the demo logins push to the echo endpoint', async () => {
    const port = Number(new URL(server.url).port);
    expect(await seedDemo(server.app, port)).toBe(true);
    expect(await seedDemo(server.app, port)).toBe(false);
    const anon = new Client(server.url);
    const login = async (email: string) =>
      anon.with(
        (
          await anon.ok(
            `mutation($e: String!) { login(email: $e, password: "demo-password") { token } }`,
            { e: email },
          )
        ).login.token,
      );
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
    const menu = await officer.ok(
      `{ pushConnectors(entityType: CONTACT) { id } contacts(pageSize: 1) { items { id } } }`,
    );
    const run = await officer.ok(
      `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`,
      {
        c: menu.pushConnectors[0].id,
        r: menu.contacts.items[0].id,
      },
    );
    const done = await waitFor(
      async () => {
        const r = (
          await officer.ok(`query($id: ID!) { run(id: $id) { status error } }`, {
            id: run.triggerPush.id,
          })
        ).run;
        return r.status !== 'QUEUED' && r.status !== 'RUNNING' && r;
      },
      10_000,
      'demo push',
    );
    expect(done).toEqual({ status: 'SUCCESS', error: null });
  });
});

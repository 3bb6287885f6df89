import { randomUUID } from 'node:crypto';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type GqlResult } from '../helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from '../helpers/fixtures.js';
import { makeOrg, type OrgUsers } from '../helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../helpers/server.js';
import { Target } from '../helpers/target.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const UPDATE = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { id firstName } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const RUNS = `query($c: ID) { runs(connectorId: $c) { totalCount items { id } } }`;

/** A mutation sent with an Idempotency-Key header. */
async function keyed(
  client: Client,
  key: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GqlResult & { replayed: boolean }> {
  const res = await request(client.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${client.token}`,
      'idempotency-key': key,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.body.json()) as GqlResult;
  return {
    ...body,
    status: res.statusCode,
    replayed: res.headers['idempotent-replayed'] === 'true',
  };
}

interface World {
  server: TestServer;
  org: OrgUsers;
  target: Target;
  /** A published connector pushing on triggerPush and on every contact update. */
  connectorId: string;
  contactId: string;
  runCount(): Promise<number>;
}

async function world(env: Record<string, string>): Promise<World> {
  const server = await startTestServer(env);
  const target = await new Target().start();
  const org = await makeOrg(new Client(server.url), 'Idem');
  const connectorId = (
    await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'Idem',
        roleIds: [org.adminRoleId],
        url: `${target.url}/ok`,
        automationTriggers: ['ON_UPDATE'],
      }),
      p: true,
    })
  ).createConnector.id as string;
  const contactId = (await org.admin.ok(CONTACT, { i: { firstName: 'Ida', lastName: 'Idem' } }))
    .createContact.id as string;
  return {
    server,
    org,
    target,
    connectorId,
    contactId,
    runCount: async () => (await org.admin.ok(RUNS, { c: connectorId })).runs.totalCount as number,
  };
}

describe.each(DRIVERS)('Idempotency-Key on mutations (%s)', (driver) => {
  let db: TestDatabase;
  let w: World;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    w = await world(db.env);
  });

  afterAll(async () => {
    await w?.server.close();
    await w?.target.close();
    await db?.drop();
  });

  it('a repeat with the same key and body gets the first answer and saves nothing', async () => {
    const key = randomUUID();
    const vars = { c: w.connectorId, r: w.contactId };
    const first = await keyed(w.org.admin, key, TRIGGER, vars);
    expect(first.errors).toBeUndefined();
    const before = await w.runCount();
    const again = await keyed(w.org.admin, key, TRIGGER, vars);
    expect(again.data).toEqual(first.data);
    expect(again.replayed).toBe(true);
    expect(await w.runCount()).toBe(before);
  });

  it('a repeat with another body is CONFLICT; another user may use the same key', async () => {
    const key = randomUUID();
    await keyed(w.org.admin, key, TRIGGER, { c: w.connectorId, r: w.contactId });
    const other = await keyed(w.org.admin, key, UPDATE, {
      id: w.contactId,
      i: { firstName: 'Other', lastName: 'Idem' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const viewer = await keyed(w.org.viewer, key, UPDATE, {
      id: randomUUID(),
      i: { firstName: 'X', lastName: 'Y' },
    });
    expect(viewer.errors?.[0]?.extensions?.code).not.toBe('CONFLICT');
  });

  it('refuses a malformed key, naming the header', async () => {
    const r = await keyed(w.org.admin, 'x'.repeat(256), TRIGGER, {
      c: w.connectorId,
      r: w.contactId,
    });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/Idempotency-Key/);
  });
});

// MariaDB behind a TCP proxy that drops the connection right after a COMMIT is sent.
describe.skipIf(!process.env.MYSQL_URL)('a COMMIT whose answer is lost (MariaDB)', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let w: World;

  beforeAll(async () => {
    db = await freshDatabase('mysql');
    proxy = await new TcpProxy(Number(new URL(db.env.DATABASE_URL!).port || 3306)).start();
    w = await world({ ...db.env, DATABASE_URL: proxy.url(db.env.DATABASE_URL!) });
  });

  afterAll(async () => {
    await w?.server.close();
    await w?.target.close();
    await proxy?.stop();
    await db?.drop();
  });

  it('triggerPush answers OUTCOME_UNKNOWN; the retry with the same key saves no second run and answers with the first', async () => {
    const key = randomUUID();
    const vars = { c: w.connectorId, r: w.contactId };
    const before = await w.runCount();
    const cut = proxy.cutAfterCommit(/INSERT INTO push_run/);
    const first = await keyed(w.org.admin, key, TRIGGER, vars);
    await cut;
    expect(first.errors?.[0]?.extensions?.code).toBe('OUTCOME_UNKNOWN');
    expect(first.errors?.[0]?.message).toMatch(/retry with the same Idempotency-Key/i);
    // It was saved all the same.
    expect(await w.runCount()).toBe(before + 1);
    const saved = (await w.org.admin.ok(RUNS, { c: w.connectorId })).runs.items[0].id as string;

    const retry = await keyed(w.org.admin, key, TRIGGER, vars);
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual({ triggerPush: { id: saved } });
    expect(await w.runCount()).toBe(before + 1);
    // From now on the answer is kept.
    const third = await keyed(w.org.admin, key, TRIGGER, vars);
    expect(third.data).toEqual(retry.data);
    expect(third.replayed).toBe(true);
  });

  it('updateContact answers OUTCOME_UNKNOWN; the retry saves no second change (one ON_UPDATE run)', async () => {
    const key = randomUUID();
    const vars = { id: w.contactId, i: { firstName: 'Once', lastName: 'Idem' } };
    const before = await w.runCount();
    const cut = proxy.cutAfterCommit(/UPDATE `contact`/);
    const first = await keyed(w.org.admin, key, UPDATE, vars);
    await cut;
    expect(first.errors?.[0]?.extensions?.code).toBe('OUTCOME_UNKNOWN');
    expect(await w.runCount()).toBe(before + 1);

    const retry = await keyed(w.org.admin, key, UPDATE, vars);
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual({ updateContact: { id: w.contactId, firstName: 'Once' } });
    expect(await w.runCount()).toBe(before + 1);
  });

  it('a change whose COMMIT did not land runs again on the retry', async () => {
    const key = randomUUID();
    const vars = { c: w.connectorId, r: w.contactId };
    const before = await w.runCount();
    // The first try never reaches the database: a retry must save it (once).
    proxy.close();
    const first = await keyed(w.org.admin, key, TRIGGER, vars);
    proxy.open();
    expect(first.errors?.length).toBeGreaterThan(0);
    const retry = await keyed(w.org.admin, key, TRIGGER, vars);
    expect(retry.errors).toBeUndefined();
    expect(await w.runCount()).toBe(before + 1);
  });
});

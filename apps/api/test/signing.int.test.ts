import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConnectorSigningEntity } from '../src/modules/signing/signing.entity.js';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR, UPDATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { runEnded } from './helpers/runs.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, type Received } from './helpers/target.js';

// Pushes are verified as a receiver would: with the `standardwebhooks` package, never our code.
const SECRET = `query($id: ID!) { signingSecret(connectorId: $id) }`;
const ROTATE = `mutation($id: ID!) { rotateSigningSecret(connectorId: $id) }`;
const SIGNING = `query($id: ID!) { connector(id: $id) { signing { enabled secretCreatedAt previousSecretExpiresAt } } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const TEST_PUSH = `mutation($id: ID!) { testConnector(id: $id) { id } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

const verifies = (secret: string, got: Received): boolean => {
  try {
    new Webhook(secret).verify(got.body, got.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};
const signatures = (got: Received) => String(got.headers['webhook-signature']).split(' ');

describe.each(DRIVERS)('signed pushes (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let contactId: string;
  /** Every secret a test saw, to look for in the database and the logs at the end. */
  const seen: string[] = [];
  /** Every event published on the bus (what subscriptions and other processes get). */
  const events: string[] = [];

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    const bus = server.app.bus;
    const publish = bus.publish.bind(bus);
    bus.publish = (topic, payload) => {
      events.push(JSON.stringify(payload));
      publish(topic, payload);
    };
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Sign');
    contactId = (await org.officer.ok(CONTACT, { i: { firstName: 'Sig', lastName: 'Ned' } }))
      .createContact.id;
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  const input = (name: string, extra: Record<string, unknown> = {}) =>
    connectorInput({ name, roleIds: [org.officerRoleId], url: `${target.url}/ok`, ...extra });
  const create = async (name: string, signPushes: boolean, publish = true) =>
    (await org.admin.ok(CREATE_CONNECTOR, { i: input(name, { signPushes }), p: publish }))
      .createConnector.id as string;
  const secretOf = async (id: string) => {
    const secret = (await org.admin.ok(SECRET, { id })).signingSecret as string | null;
    if (secret) seen.push(secret);
    return secret;
  };
  /** Pushes the contact and returns what the target received. */
  const push = async (connectorId: string) => {
    const { id } = (await org.officer.ok(TRIGGER, { c: connectorId, r: contactId })).triggerPush;
    expect((await runEnded(org.officer, id)).status).toBe('SUCCESS');
    const got = target.received.filter((r) => r.headers['idempotency-key'] === id);
    expect(got).toHaveLength(1);
    return { runId: id as string, got: got[0]! };
  };

  it('a signed push carries webhook-id (the run id), the send time and a signature that verifies', async () => {
    const id = await create('Signed', true);
    const secret = await secretOf(id);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret!.slice(6), 'base64')).toHaveLength(32);
    const { signing } = (await org.admin.ok(SIGNING, { id })).connector;
    expect(signing).toMatchObject({ enabled: true, previousSecretExpiresAt: null });
    expect(Date.parse(signing.secretCreatedAt)).toBeGreaterThan(Date.now() - 60_000);

    const before = Math.floor(Date.now() / 1000);
    const { runId, got } = await push(id);
    expect(got.headers['webhook-id']).toBe(runId);
    const ts = Number(got.headers['webhook-timestamp']);
    expect(ts).toBeGreaterThanOrEqual(before);
    expect(ts).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(signatures(got)).toHaveLength(1);
    expect(verifies(secret!, got)).toBe(true);
    expect(verifies(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, got)).toBe(false);
  });

  it('a changed body or a stale timestamp fails verification', async () => {
    const id = await create('Tamper', true);
    const secret = (await secretOf(id))!;
    const { got } = await push(id);
    expect(verifies(secret, got)).toBe(true);
    expect(verifies(secret, { ...got, body: got.body.replace('Sig', 'Six') })).toBe(false);
    // The same push received six minutes late (a replay): outside the library's tolerance.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 6 * 60 * 1000);
      expect(() => new Webhook(secret).verify(got.body, got.headers as never)).toThrow(/too old/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('test pushes are signed too', async () => {
    const id = await create('Test signed', true, false);
    const secret = (await secretOf(id))!;
    const run = (await org.admin.ok(TEST_PUSH, { id })).testConnector.id as string;
    await runEnded(org.admin, run);
    const got = target.received.find((r) => r.headers['idempotency-key'] === run)!;
    expect(got.headers['webhook-id']).toBe(run);
    expect(verifies(secret, got)).toBe(true);
  });

  it('a rotation (while published) signs with both secrets for 24 hours, then with the new one', async () => {
    const id = await create('Rotate', true);
    const old = (await secretOf(id))!;
    const rotated = (await org.admin.ok(ROTATE, { id })).rotateSigningSecret as string;
    seen.push(rotated);
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(old);
    expect(await secretOf(id)).toBe(rotated);
    const { signing } = (await org.admin.ok(SIGNING, { id })).connector;
    const expires = Date.parse(signing.previousSecretExpiresAt);
    expect(Math.abs(expires - (Date.now() + DAY_MS))).toBeLessThan(60_000);

    const during = (await push(id)).got;
    const [first, second] = signatures(during);
    expect(signatures(during)).toHaveLength(2);
    // The new secret's entry comes first.
    const at = new Date(Number(during.headers['webhook-timestamp']) * 1000);
    expect(first).toBe(
      new Webhook(rotated).sign(String(during.headers['webhook-id']), at, during.body),
    );
    expect(second).toBe(
      new Webhook(old).sign(String(during.headers['webhook-id']), at, during.body),
    );
    expect(verifies(rotated, during)).toBe(true);
    expect(verifies(old, during)).toBe(true);

    // The overlap ends (its expiry set in the past, as 24 hours later).
    await server.app.ds
      .getRepository(ConnectorSigningEntity)
      .update({ connectorId: id }, { previousExpiresAt: new Date(Date.now() - 1000) });
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the worker's 1 s lookup cache
    const after = (await push(id)).got;
    expect(signatures(after)).toHaveLength(1);
    expect(verifies(rotated, after)).toBe(true);
    expect(verifies(old, after)).toBe(false);
    const later = (await org.admin.ok(SIGNING, { id })).connector.signing;
    expect(later.previousSecretExpiresAt).toBeNull();
  });

  it('a rotation repeated with its Idempotency-Key rotates once and its answer is not kept', async () => {
    const id = await create('Idempotent', true);
    const old = (await secretOf(id))!;
    const key = randomUUID();
    const rotate = async () => {
      const res = await request(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${org.admin.token}`,
          'idempotency-key': key,
        },
        body: JSON.stringify({ query: ROTATE, variables: { id } }),
      });
      return ((await res.body.json()) as { data: { rotateSigningSecret: string } }).data
        .rotateSigningSecret;
    };
    const first = await rotate();
    seen.push(first);
    expect(await rotate()).toBe(first);
    const rows = (await server.app.ds.query(
      'SELECT responseBody FROM idempotency_key WHERE idemKey = ?',
      [key],
    )) as { responseBody: string | null }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.responseBody).toBeNull();
    // Rotated once: the secret before it still signs.
    const { got } = await push(id);
    expect(verifies(old, got)).toBe(true);
    expect(verifies(first, got)).toBe(true);
  });

  it('who may: MANAGE reads and rotates; READ_ONLY and NONE are FORBIDDEN; other organizations NOT_FOUND', async () => {
    const id = await create('Who', true);
    for (const client of [org.viewer, org.officer]) {
      expect(await client.code(SECRET, { id })).toBe('FORBIDDEN');
      expect(await client.code(ROTATE, { id })).toBe('FORBIDDEN');
    }
    // The viewer sees whether signing is on, never the secret.
    expect((await org.viewer.ok(SIGNING, { id })).connector.signing.enabled).toBe(true);
    const other = await makeOrg(new Client(server.url), 'Other');
    expect(await other.admin.code(SECRET, { id })).toBe('NOT_FOUND');
    expect(await other.admin.code(ROTATE, { id })).toBe('NOT_FOUND');
  });

  it('CONFLICT rotating with signing off; null when never on; turning it off and on keeps the secret', async () => {
    const id = await create('Off', false, false);
    expect(await secretOf(id)).toBeNull();
    expect(await org.admin.code(ROTATE, { id })).toBe('CONFLICT');
    expect((await org.admin.ok(SIGNING, { id })).connector.signing).toEqual({
      enabled: false,
      secretCreatedAt: null,
      previousSecretExpiresAt: null,
    });
    await org.admin.ok(UPDATE_CONNECTOR, { id, i: input('Off', { signPushes: true }) });
    const secret = await secretOf(id);
    expect(secret).toMatch(/^whsec_/);
    // signPushes left out: false (its default). The secret stays for when it is on again.
    await org.admin.ok(UPDATE_CONNECTOR, { id, i: input('Off') });
    expect((await org.admin.ok(SIGNING, { id })).connector.signing.enabled).toBe(false);
    expect(await org.admin.code(ROTATE, { id })).toBe('CONFLICT');
    await org.admin.ok(UPDATE_CONNECTOR, { id, i: input('Off', { signPushes: true }), p: true });
    expect(await secretOf(id)).toBe(secret);
    const unsigned = await create('Plain', false);
    const { got } = await push(unsigned);
    expect(got.headers['webhook-signature']).toBeUndefined();
  });

  it('refuses a header of its own named like a signature header while signing is on, writing nothing', async () => {
    const request = {
      url: `${target.url}/ok`,
      method: 'POST',
      headers: [{ key: 'Webhook-Signature', value: 'mine' }],
      bodyTemplate: '{}',
    };
    const fields = await org.admin.fields(CREATE_CONNECTOR, {
      i: input('Clash', { signPushes: true, request }),
    });
    expect(fields).toEqual([
      { path: 'input.request.headers.0.key', message: 'Webhook-Signature is set by Sign pushes' },
    ]);
    const { connectors } = await org.admin.ok(`{ connectors(pageSize: 100) { items { name } } }`);
    expect(connectors.items.map((c: { name: string }) => c.name)).not.toContain('Clash');
  });

  it('no secret is stored in plain text, nor in any run, attempt, idempotency row, event or log line', async () => {
    expect(seen.length).toBeGreaterThan(5);
    expect(events.length).toBeGreaterThan(20);
    const ds = server.app.ds;
    const dump = async (table: string) => JSON.stringify(await ds.query(`SELECT * FROM ${table}`));
    const sealed = (await ds.query('SELECT secret, previousSecret FROM connector_signing')) as {
      secret: string;
      previousSecret: string | null;
    }[];
    expect(sealed.length).toBeGreaterThan(0);
    for (const row of sealed) expect(row.secret).toMatch(/^v1\./);
    const stored = [
      ...(await Promise.all(
        ['connector_signing', 'connector', 'push_run', 'push_attempt', 'idempotency_key'].map(dump),
      )),
      server.logs.join(''),
      events.join('\n'),
    ].join('\n');
    for (const secret of seen) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(secret.slice('whsec_'.length));
    }
  });
});

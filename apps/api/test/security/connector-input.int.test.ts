import { createConnection } from 'mysql2/promise';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../helpers/client.js';
import { connectorInput, CREATE_CONNECTOR, UPDATE_CONNECTOR } from '../helpers/fixtures.js';
import { makeOrg, type OrgUsers } from '../helpers/org.js';
import { runEnded } from '../helpers/runs.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type Driver,
  type TestDatabase,
  type TestServer,
} from '../helpers/server.js';
import { Target } from '../helpers/target.js';

const TEST = `mutation($id: ID!) { testConnector(id: $id) { id } }`;
const HEADERS = `query($id: ID!) { connector(id: $id) { request { headers { key value secret } } } }`;

/** The connector row as stored: its clear definition and its sealed secrets. */
async function storedRow(driver: Driver, db: TestDatabase, id: string): Promise<string> {
  const sql = 'SELECT definition, secrets FROM connector WHERE id = ?';
  if (driver === 'sqlite') {
    const file = new Database(join(db.env.DATA_DIR as string, 'odc.sqlite'), { readonly: true });
    try {
      return JSON.stringify(file.prepare(sql).get(id));
    } finally {
      file.close();
    }
  }
  const conn = await createConnection(db.env.DATABASE_URL as string);
  try {
    const [rows] = await conn.query(sql, [id]);
    return JSON.stringify(rows);
  } finally {
    await conn.end();
  }
}

describe.each(DRIVERS)('security: connector input (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'SecIn');
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  const input = (name: string, extra: Record<string, unknown> = {}) =>
    connectorInput({ name, roleIds: [org.adminRoleId], url: `${target.url}/ok`, ...extra });
  const request = (patch: Record<string, unknown>) => ({
    request: {
      url: `${target.url}/ok`,
      method: 'POST',
      bodyTemplate: '{"id": "{{contact.id}}"}',
      ...patch,
    },
  });
  const names = async () =>
    (await org.admin.ok(`{ connectors(pageSize: 100) { items { name } } }`)).connectors.items.map(
      (c: { name: string }) => c.name,
    );

  it('point 6: a secret header is write-only, sealed at rest, redacted, and kept on update', async () => {
    const key = 'k-SECRET-4242';
    const headers = [
      { key: 'X-Api-Key', value: key, secret: true },
      { key: 'X-Plain', value: 'visible' },
    ];
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: input('Secret Header', request({ headers })),
    });
    const id = made.createConnector.id as string;
    expect((await org.admin.ok(HEADERS, { id })).connector.request.headers).toEqual([
      { key: 'X-Api-Key', value: '', secret: true },
      { key: 'X-Plain', value: 'visible', secret: false },
    ]);
    expect(await storedRow(driver, db, id)).not.toContain(key);

    const first = (await org.admin.ok(TEST, { id })).testConnector.id;
    await runEnded(org.admin, first);
    expect(target.received.at(-1)?.headers['x-api-key']).toBe(key);

    // An update that sends the secret header empty keeps the stored value.
    await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: input(
        'Secret Header',
        request({ headers: [{ key: 'X-Api-Key', value: '', secret: true }] }),
      ),
    });
    const second = (await org.admin.ok(TEST, { id })).testConnector.id;
    await runEnded(org.admin, second);
    expect(target.received.at(-1)?.headers['x-api-key']).toBe(key);
    const runs = await org.admin.ok(
      `{ runs(pageSize: 100) { items { requestUrl requestBody responseBody error } } }`,
    );
    expect(JSON.stringify(runs)).not.toContain(key);
    expect(server.logs.join('\n')).not.toContain(key);
  });

  it('point 7: a URL with credentials in it is refused, naming the field, writing nothing', async () => {
    const bad = request({});
    (bad.request as Record<string, unknown>).url = `http://user:pw@127.0.0.1:9/in`;
    expect(await org.admin.fields(CREATE_CONNECTOR, { i: input('Creds In URL', bad) })).toEqual([
      {
        path: 'input.request.url',
        message:
          'URL must not hold a user name or password: put them in Authentication or a secret header',
      },
    ]);
    expect(await names()).not.toContain('Creds In URL');
  });

  it('point 10: secrets have maximum lengths, and what passes fits its column', async () => {
    const long = await org.admin.fields(CREATE_CONNECTOR, {
      i: input('Long Passcode', {
        authentication: { type: 'BASIC', username: 'u', passcode: 'p'.repeat(1001) },
      }),
    });
    expect(long).toEqual([
      {
        path: 'input.authentication.passcode',
        message: 'Passcode must be at most 1000 characters',
      },
    ]);
    // The largest that passes: 50 secret headers of 8192 characters and a 1000-character passcode.
    const headers = Array.from({ length: 50 }, (_, i) => ({
      key: `X-Secret-${i}`,
      value: 'v'.repeat(8192),
      secret: true,
    }));
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: input('Largest Secrets', {
        authentication: { type: 'BASIC', username: 'u', passcode: 'p'.repeat(1000) },
        ...request({ headers }),
      }),
    });
    const id = made.createConnector.id as string;
    const read = (await org.admin.ok(HEADERS, { id })).connector.request.headers;
    expect(read).toHaveLength(50);
    expect(read[49]).toEqual({ key: 'X-Secret-49', value: '', secret: true });
    // The sealed values open again: an update sending them empty keeps every one.
    const kept = headers.map((h) => ({ ...h, value: '' }));
    await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: input('Largest Secrets', {
        authentication: { type: 'BASIC', username: 'u' },
        ...request({ headers: kept }),
      }),
    });
    expect(await storedRow(driver, db, id)).not.toContain('v'.repeat(100));
  });

  it('point 11: header names, values, URLs and text are checked as BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        request({ headers: [{ key: 'X-A', value: 'a\r\nX-Injected: 1' }] }),
        'input.request.headers.0.value',
      ],
      [request({ headers: [{ key: 'Host', value: 'evil.test' }] }), 'input.request.headers.0.key'],
      [
        request({ headers: [{ key: 'Transfer-Encoding', value: 'chunked' }] }),
        'input.request.headers.0.key',
      ],
      [
        request({ headers: [{ key: 'Connection', value: 'close' }] }),
        'input.request.headers.0.key',
      ],
      [request({ url: `${target.url}/a b` }), 'input.request.url'],
      [request({ url: `${target.url}/${'a'.repeat(2048)}` }), 'input.request.url'],
      [
        request({ headers: [{ key: 'X-A', value: 'v'.repeat(8193) }] }),
        'input.request.headers.0.value',
      ],
      [request({ bodyTemplate: `"${'x'.repeat(65_536)}"` }), 'input.request.bodyTemplate'],
      [
        {
          successCriteria: [
            { source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: 'v'.repeat(1001) },
          ],
        },
        'input.successCriteria.0.value',
      ],
    ];
    for (const [patch, path] of cases) {
      const fields = await org.admin.fields(CREATE_CONNECTOR, { i: input('Checked', patch) });
      expect(fields.map((f) => f.path)).toEqual([path]);
    }
    const surrogate = await org.admin.fields(CREATE_CONNECTOR, {
      i: input('Lone \uD800 surrogate'),
    });
    expect(surrogate).toEqual([
      { path: 'input.name', message: 'Name holds an invalid character (a lone UTF-16 surrogate)' },
    ]);
    expect(await names()).not.toContain('Checked');
  });
});

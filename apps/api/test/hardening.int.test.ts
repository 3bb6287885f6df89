import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPLEXITY } from '../src/limits.js';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { waitFor } from './helpers/target.js';
import { subscribe } from './helpers/ws.js';

const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const TOO_DEEP = `{ connectors { items { runs { items { connector { runs { items { connector {
  runs { items { connector { id } } } } } } } } } } } }`;
const TOO_COMPLEX = `{ me { ${aliases(MAX_COMPLEXITY + 1, 'id')} } }`;
const JSON_TYPE = { 'content-type': 'application/json' };

interface RawCase {
  name: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  path?: string;
  body?: string;
}

/** Requests a client may send by mistake or on purpose: each answers 4xx, never 5xx. */
const MALFORMED: RawCase[] = [
  { name: 'invalid JSON', headers: JSON_TYPE, body: '{"query": ' },
  { name: 'an empty JSON body', headers: JSON_TYPE, body: '' },
  { name: 'a JSON array (batch)', headers: JSON_TYPE, body: '[{"query":"{ me { id } }"}]' },
  { name: 'a JSON string', headers: JSON_TYPE, body: '"{ me { id } }"' },
  { name: 'no query', headers: JSON_TYPE, body: '{}' },
  { name: 'a query that is not a string', headers: JSON_TYPE, body: '{"query": 42}' },
  { name: 'a query that does not parse', headers: JSON_TYPE, body: '{"query": "{ me { "}' },
  {
    name: 'a body over 512 kB',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(600_000) } }),
  },
  {
    name: 'JSON nested 100000 deep',
    headers: JSON_TYPE,
    body: `{"query": "query($x: [Int]) { me { id } }", "variables": {"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
  },
  ...['5', '"{}"', '[1]', 'true'].map((v) => ({
    name: `variables ${v}`,
    headers: JSON_TYPE,
    body: `{"query": "{ me { id } }", "variables": ${v}}`,
  })),
  { name: 'extensions 7', headers: JSON_TYPE, body: '{"query": "{ me { id } }", "extensions": 7}' },
  {
    name: 'a missing required variable',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: 'query($p: Int!) { connectors(page: $p) { totalCount } }' }),
  },
  {
    name: 'a variable of the wrong type',
    headers: JSON_TYPE,
    body: JSON.stringify({
      query: 'query($p: Int!) { connectors(page: $p) { totalCount } }',
      variables: { p: { nested: true } },
    }),
  },
  {
    name: 'an unknown operationName',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: 'query A { me { id } }', operationName: 'B' }),
  },
  {
    name: 'two anonymous operations',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: '{ me { id } } { roles { id } }' }),
  },
  { name: 'a too deep query', headers: JSON_TYPE, body: JSON.stringify({ query: TOO_DEEP }) },
  {
    name: 'a too complex query',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: TOO_COMPLEX }),
  },
  {
    name: 'a too complex query through a fragment',
    headers: JSON_TYPE,
    body: JSON.stringify({
      query: `fragment F on User { ${aliases(MAX_COMPLEXITY, 'id')} } { me { ...F } }`,
    }),
  },
  {
    name: 'a gzip-encoded body',
    headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    body: '{"query": "{ me { id } }"}',
  },
  { name: 'text/plain (CSRF prevention)', headers: { 'content-type': 'text/plain' }, body: '{}' },
  { name: 'GET without a query', method: 'GET', headers: { 'apollo-require-preflight': '1' } },
  { name: 'GET without a query or preflight header', method: 'GET' },
  {
    name: 'GET with a mutation',
    method: 'GET',
    headers: { 'apollo-require-preflight': '1' },
    path: `?query=${encodeURIComponent('mutation { login(email: "a", password: "b") { token } }')}`,
  },
];

describe.each(DRIVERS)('hardening, NODE_ENV=production (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer({ ...db.env, NODE_ENV: 'production' });
    org = await makeOrg(new Client(server.url), 'Hard');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('runs in production mode', () => {
    expect(server.app.config.production).toBe(true);
  });

  it.each(MALFORMED)('answers $name with 4xx and no stack', async (c) => {
    const res = await request(`${server.url}${c.path ?? ''}`, {
      method: c.method ?? 'POST',
      headers: { authorization: `Bearer ${org.admin.token}`, ...c.headers },
      body: c.body,
    });
    const text = await res.body.text();
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(text).not.toMatch(/stacktrace|\bat .+\(.+:\d+:\d+\)|node_modules|\/src\//);
  });

  it('answers a GET query, and goes on answering after refusing an oversized body', async () => {
    const auth = { authorization: `Bearer ${org.admin.token}` };
    const get = await request(`${server.url}?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { ...auth, 'apollo-require-preflight': '1' },
    });
    expect(get.statusCode).toBe(200);
    expect(Number(get.headers['content-length'])).toBeGreaterThan(0);
    expect(await get.body.json()).toEqual({ data: { me: { id: org.adminId } } });

    const big = await request(server.url, {
      method: 'POST',
      headers: { ...auth, ...JSON_TYPE },
      body: JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(600_000) } }),
    });
    expect(big.statusCode).toBe(413);
    expect(await big.body.json()).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect((await org.admin.gql('{ me { id } }')).data).toEqual({ me: { id: org.adminId } });
  });

  it('limits by depth and by complexity with a readable message', async () => {
    const deep = await org.admin.gql(TOO_DEEP);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.message).toMatch(/nested \d+ levels deep/);
    const complex = await org.admin.gql(TOO_COMPLEX);
    expect(complex.status).toBe(400);
    expect(complex.errors?.[0]).toEqual({
      message: `Query complexity ${MAX_COMPLEXITY + 2} passes the limit of ${MAX_COMPLEXITY}`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const fine = await org.admin.gql(`{ me { ${aliases(MAX_COMPLEXITY - 10, 'id')} } }`);
    expect(fine.errors).toBeUndefined();
  });

  it('counts @include with variables for each request', async () => {
    const q = `query($big: Boolean!) { me { id ... @include(if: $big) { ${aliases(MAX_COMPLEXITY, 'id')} } } }`;
    expect((await org.admin.gql(q, { big: false })).errors).toBeUndefined();
    expect(await org.admin.code(q, { big: true })).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await org.admin.gql(q, { big: false })).errors).toBeUndefined();
  });

  it('sends rule errors with their code only: no stack trace, no schema hints', async () => {
    const forbidden = await org.viewer.gql(`mutation { updateOrganization(input: {}) { id } }`);
    expect(forbidden.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    const anon = await new Client(server.url).gql(`{ me { id } }`);
    expect(anon.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const forged = await new Client(server.url, 'x.y.z').gql(`{ me { id } }`);
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const typo = await org.admin.gql(`{ connecters { totalCount } }`);
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('hides an unexpected error behind a generic message, over HTTP and ws', async () => {
    const ds = server.app.ds;
    const catalog = `{ fieldCatalog(entityType: CONTACT) { key } }`;
    await ds.query('ALTER TABLE custom_field RENAME TO custom_field_gone');
    try {
      const r = await request(server.url, {
        method: 'POST',
        headers: { ...JSON_TYPE, authorization: `Bearer ${org.admin.token}` },
        body: JSON.stringify({ query: catalog }),
      });
      const text = await r.body.text();
      expect(r.statusCode).toBeLessThan(500);
      expect(JSON.parse(text).errors).toEqual([
        {
          message: 'Internal server error',
          path: ['fieldCatalog'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(text).not.toMatch(/custom_field|sqlite|such table|exist|stack/i);
      const ws = await subscribe(server.wsUrl, org.admin.token, catalog);
      await waitFor(() => ws.errors.length > 0, 10_000, 'ws error');
      await ws.close();
      expect(ws.errors).toEqual([[expect.objectContaining({ message: 'Internal server error' })]]);
      expect(JSON.stringify(ws.errors)).not.toMatch(/custom_field|sqlite|such table|exist|stack/i);
    } finally {
      await ds.query('ALTER TABLE custom_field_gone RENAME TO custom_field');
    }
    expect(server.logs.join('')).toMatch(/unexpected GraphQL error/);
    expect((await org.admin.gql(catalog)).errors).toBeUndefined();
  });

  it('applies the complexity and depth limits to graphql-ws subscriptions', async () => {
    const token = org.viewer.token;
    const complex = await subscribe(
      server.wsUrl,
      token,
      `subscription { runStatusChanged { ${aliases(MAX_COMPLEXITY + 1, 'id')} } }`,
    );
    await waitFor(() => complex.errors.length > 0, 10_000, 'complexity error');
    expect(complex.errors).toEqual([
      [
        {
          message: `Query complexity ${MAX_COMPLEXITY + 2} passes the limit of ${MAX_COMPLEXITY}`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    ]);
    const viaFragment = await subscribe(
      server.wsUrl,
      token,
      `fragment F on Connector { ${aliases(MAX_COMPLEXITY, 'id')} } subscription { connectorChanged { ...F } }`,
    );
    await waitFor(() => viaFragment.errors.length > 0, 10_000, 'fragment complexity error');
    const deep = await subscribe(
      server.wsUrl,
      token,
      `subscription { runStatusChanged { connector { runs { items { connector { runs { items {
        connector { runs { items { connector { id } } } } } } } } } } } }`,
    );
    await waitFor(() => deep.errors.length > 0, 10_000, 'depth error');
    const badVariables = await subscribe(
      server.wsUrl,
      token,
      `subscription($c: ID!) { runStatusChanged(connectorId: $c) { id } }`,
    );
    await waitFor(() => badVariables.errors.length > 0, 10_000, 'variables error');
    const fine = await subscribe(
      server.wsUrl,
      token,
      `subscription { connectorChanged { ${aliases(100, 'id')} } }`,
    );
    await org.admin.ok(CREATE_CONNECTOR, { i: connectorInput({ roleIds: [org.officerRoleId] }) });
    await waitFor(() => fine.events.length > 0, 10_000, 'connectorChanged');
    expect(fine.errors).toEqual([]);
    for (const s of [complex, viaFragment, deep, badVariables, fine]) await s.close();
    expect(JSON.stringify(deep.errors)).toMatch(/nested \d+ levels deep/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';

describe.each(DRIVERS)('identity (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let anon: Client;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    anon = new Client(server.url);
    org = await makeOrg(anon, 'Acme');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('signs up an organization with an Administrator (MANAGE)', async () => {
    const me = await org.admin.ok(
      '{ me { email role { name connectorAccess } organization { name storesBirthYear } } }',
    );
    expect(me.me.role).toEqual({ name: 'Administrator', connectorAccess: 'MANAGE' });
    expect(me.me.organization.storesBirthYear).toBe(true);
  });

  it('validates sign-up input and refuses a taken email', async () => {
    const r = await anon.gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { organizationName: ' ', name: '', email: 'nope', password: 'short' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
      'input.email',
      'input.name',
      'input.password',
      'input.organizationName',
    ]);
    const me = await org.admin.ok('{ me { email } }');
    const taken = await anon.code('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: {
        organizationName: 'X',
        name: 'X',
        email: me.me.email.toUpperCase(),
        password: 'password-1',
      },
    });
    expect(taken).toBe('CONFLICT');
  });

  it('refuses a wrong password, a missing token and a forged one', async () => {
    const me = await org.admin.ok('{ me { email } }');
    expect(
      await anon.code(
        'mutation($e: String!) { login(email: $e, password: "wrong-pass") { token } }',
        { e: me.me.email },
      ),
    ).toBe('UNAUTHENTICATED');
    expect(await anon.code('{ me { id } }')).toBe('UNAUTHENTICATED');
    expect(await anon.with('eyJhbGciOiJIUzI1NiJ9.e30.bad').code('{ me { id } }')).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lists the roles and users of the caller organization only', async () => {
    const other = await makeOrg(anon, 'Other');
    const roles = await org.officer.ok(
      '{ roles { name connectorAccess } users { email role { connectorAccess } } }',
    );
    expect(roles.roles).toHaveLength(3);
    expect(roles.users).toHaveLength(3);
    const otherUsers = await other.admin.ok('{ users { id } }');
    expect(otherUsers.users.map((u: { id: string }) => u.id)).not.toContain(org.adminId);
  });

  it('lets only MANAGE create roles and users and update the organization', async () => {
    for (const c of [org.viewer, org.officer]) {
      expect(
        await c.code('mutation { createRole(input: { name: "R", connectorAccess: NONE }) { id } }'),
      ).toBe('FORBIDDEN');
      expect(
        await c.code('mutation { updateOrganization(input: { storesBirthYear: false }) { id } }'),
      ).toBe('FORBIDDEN');
      expect(
        await c.code(
          `mutation($r: ID!) { createUser(input: { email: "z@z.test", name: "Z", password: "password-1", roleId: $r }) { id } }`,
          { r: org.viewerRoleId },
        ),
      ).toBe('FORBIDDEN');
    }
    const up = await org.admin.ok(
      'mutation { updateOrganization(input: { storesBirthYear: false }) { storesBirthYear name } }',
    );
    expect(up.updateOrganization.storesBirthYear).toBe(false);
    await org.admin.ok('mutation { updateOrganization(input: { storesBirthYear: true }) { id } }');
    expect(
      await org.admin.code(
        'mutation { createRole(input: { name: "viewer ROLE", connectorAccess: NONE }) { id } }',
      ),
    ).toBe('CONFLICT');
  });

  it('answers malformed requests with 4xx, never 5xx', async () => {
    const { request } = await import('undici');
    for (const body of [
      '{bad',
      '',
      '[]',
      '{"query": 5}',
      JSON.stringify({ query: 'x'.repeat(600_000) }),
    ]) {
      const res = await request(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.body.text();
      expect(res.statusCode, body.slice(0, 20)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, body.slice(0, 20)).toBeLessThan(500);
    }
  });
});

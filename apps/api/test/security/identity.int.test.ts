import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { OrganizationEntity } from '../../src/modules/identity/organization.entity.js';
import { Client } from '../helpers/client.js';
import { makeOrg, type OrgUsers } from '../helpers/org.js';
import { startProcess } from '../helpers/processes.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from '../helpers/server.js';

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const CREATE_ROLE = 'mutation($i: RoleInput!) { createRole(input: $i) { id } }';
const CREATE_USER = 'mutation($i: UserInput!) { createUser(input: $i) { id } }';

const tag = () => randomBytes(4).toString('hex');
const signUpInput = (email: string) => ({
  organizationName: `Org ${email}`,
  name: 'Someone',
  email,
  password: 'password-1',
});

/** The JWT's payload, unverified. */
function payloadOf(token: string): Record<string, number | string> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
    string,
    number | string
  >;
}

/** A graphql-ws connection with a live subscription; `closed` settles with the close code. */
async function openSocket(wsUrl: string, token: string) {
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    connectionParams: { authorization: `Bearer ${token}` },
  });
  client.on('closed', (e) => closedWith((e as { code: number }).code));
  const connected = await new Promise<boolean>((resolve) => {
    client.on('connected', () => resolve(true));
    void closed.then(() => resolve(false));
  });
  if (connected) {
    client.subscribe(
      { query: 'subscription { runStatusChanged { id } }' },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
  }
  return { connected, closed, dispose: () => client.dispose() };
}

/** Registers the suite only where it applies (MariaDB, Redis): not there is not a skip. */
const describeWhen = (applies: boolean) =>
  applies ? describe : ((() => undefined) as unknown as typeof describe);

describe.each(DRIVERS)('security: identity (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let anon: Client;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env); // the test helper's SIGNUP=open
    anon = new Client(server.url);
    org = await makeOrg(anon, 'Sec');
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  /** A user of `org` with its own role; returns its email. */
  async function newUser(access = 'NONE'): Promise<{ email: string; id: string }> {
    const role = await org.admin.ok(CREATE_ROLE, {
      i: { name: `role ${tag()}`, connectorAccess: access },
    });
    const email = `user-${tag()}@sec.test`;
    const user = await org.admin.ok(CREATE_USER, {
      i: { email, name: 'Some User', password: 'password-1', roleId: role.createRole.id },
    });
    return { email, id: user.createUser.id };
  }

  describe('point 2: SIGNUP', () => {
    it('point 2: by default (first) signUp works only while no organization exists; later users come from createUser', async () => {
      const fresh = await freshDatabase(driver);
      // SIGNUP unset: an empty value counts as unset, so this is the product's default.
      const s = await startTestServer({ ...fresh.env, SIGNUP: '' });
      try {
        const c = new Client(s.url);
        // Ten at once on an empty database: one first-run sign-up, the rest refused.
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            c.gql(SIGN_UP, { i: signUpInput(`first-${i}-${tag()}@one.test`) }),
          ),
        );
        const ok = answers.filter((a) => a.data?.signUp);
        expect(ok).toHaveLength(1);
        for (const a of answers.filter((x) => !x.data?.signUp)) {
          expect(a.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        }
        expect(await s.app.ds.getRepository(OrganizationEntity).count()).toBe(1);
        expect(await c.code(SIGN_UP, { i: signUpInput(`late-${tag()}@two.test`) })).toBe(
          'FORBIDDEN',
        );
        expect(await s.app.ds.getRepository(OrganizationEntity).count()).toBe(1);
        // The admin adds the next user, who logs in.
        const admin = c.with(ok[0]!.data!.signUp.token as string);
        const role = await admin.ok(CREATE_ROLE, { i: { name: 'Staff', connectorAccess: 'NONE' } });
        const email = `added-${tag()}@one.test`;
        await admin.ok(CREATE_USER, {
          i: { email, name: 'Added', password: 'password-1', roleId: role.createRole.id },
        });
        expect((await c.ok(LOGIN, { e: email, p: 'password-1' })).login.token).toBeTruthy();
      } finally {
        await s.close();
        await fresh.drop();
      }
    });

    it('point 2: SIGNUP=open lets anyone create an organization; first is the default; other values stop the start', async () => {
      const a = await anon.ok(SIGN_UP, { i: signUpInput(`open-a-${tag()}@open.test`) });
      const b = await anon.ok(SIGN_UP, { i: signUpInput(`open-b-${tag()}@open.test`) });
      expect(a.signUp.token).toBeTruthy();
      expect(b.signUp.token).toBeTruthy();
      const dir = mkdtempSync(join(tmpdir(), 'odc-cfg-'));
      try {
        expect(loadConfig({ DATA_DIR: dir }).signUp).toBe('first');
        expect(loadConfig({ DATA_DIR: dir, SIGNUP: 'open' }).signUp).toBe('open');
        expect(() => loadConfig({ DATA_DIR: dir, SIGNUP: 'sometimes' })).toThrow(/SIGNUP/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('point 3: one signUp or login per request', () => {
    it('point 3: 100 aliased sign-ups in one request are refused with BAD_USER_INPUT before running', async () => {
      const before = await server.app.ds.getRepository(OrganizationEntity).count();
      const t = tag();
      const fields = Array.from(
        { length: 100 },
        (_, i) =>
          `s${i}: signUp(input: { organizationName: "Bulk ${i}", name: "B", email: "bulk-${i}-${t}@bulk.test", password: "password-1" }) { token }`,
      );
      const r = await anon.gql(`mutation { ${fields.join(' ')} }`);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.data ?? null).toBeNull();
      expect(await server.app.ds.getRepository(OrganizationEntity).count()).toBe(before);
    });

    it('point 3: two logins, a login and a signUp, or logins hidden in fragments are refused; one login passes', async () => {
      const { email } = await newUser();
      const login = `login(email: "${email}", password: "password-1") { token }`;
      const refused = [
        `mutation { a: ${login} b: ${login} }`,
        `mutation { a: ${login} b: signUp(input: { organizationName: "X", name: "X", email: "x-${tag()}@x.test", password: "password-1" }) { token } }`,
        `mutation { ...F } fragment F on Mutation { a: ${login} ... on Mutation { b: ${login} } }`,
        `mutation { a: ${login} ...F } fragment F on Mutation { b: ${login} }`,
      ];
      for (const q of refused) {
        const r = await anon.gql(q);
        expect(r.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
        expect(r.data ?? null).toBeNull();
      }
      expect((await anon.ok(`mutation { ${login} }`)).login.token).toBeTruthy();
      // Over graphql-ws too (a signed-in socket may send mutations).
      const token = (await anon.ok(`mutation { ${login} }`)).login.token as string;
      const ws = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      try {
        const answer = await new Promise<unknown>((resolve) => {
          ws.subscribe(
            { query: refused[0]! },
            { next: resolve, error: resolve, complete: () => resolve(null) },
          );
        });
        expect(JSON.stringify(answer)).toContain('BAD_USER_INPUT');
      } finally {
        await ws.dispose();
      }
      expect(
        (await anon.ok(`mutation { ...F } fragment F on Mutation { ${login} }`)).login.token,
      ).toBeTruthy();
    });
  });

  describe('point 5: login throttling', () => {
    it('point 5: after 5 failed logins for one email further attempts are refused with retryAfterSeconds; a success resets the count', async () => {
      const fresh = await freshDatabase(driver);
      const s = await startTestServer(fresh.env);
      try {
        const c = new Client(s.url);
        const o = await makeOrg(c, 'Throttle');
        const { me } = await o.officer.ok('{ me { email } }');
        const email = me.email as string;
        const wrong = () => c.gql(LOGIN, { e: email, p: 'wrong-password' });
        for (let i = 0; i < 4; i++)
          expect((await wrong()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        // A success resets the email's count: four more failures do not lock it.
        await c.ok(LOGIN, { e: email, p: 'password-1' });
        for (let i = 0; i < 5; i++)
          expect((await wrong()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        // Five failures in a row: the right password is refused too, for a while.
        const locked = await c.gql(LOGIN, { e: email, p: 'password-1' });
        const error = locked.errors?.[0];
        expect(error?.extensions?.code).toBe('TOO_MANY_REQUESTS');
        expect(error?.message).toMatch(/too many failed logins/i);
        const retry = (error?.extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
        expect(retry).toBeGreaterThan(0);
        expect(retry).toBeLessThanOrEqual(60);
        expect(locked.data ?? null).toBeNull();
        // Email addresses are counted apart (case and spaces do not make another one).
        expect(
          (await c.gql(LOGIN, { e: ` ${email.toUpperCase()} `, p: 'password-1' })).errors?.[0]
            ?.extensions?.code,
        ).toBe('TOO_MANY_REQUESTS');
        const { me: other } = await o.viewer.ok('{ me { email } }');
        expect((await c.ok(LOGIN, { e: other.email, p: 'password-1' })).login.token).toBeTruthy();
        // Nothing of the attempts' passwords reaches the log.
        expect(s.logs.join('')).not.toContain('wrong-password');
      } finally {
        await s.close();
        await fresh.drop();
      }
    });

    it('point 5: 20 failed logins from one client address lock that address; an unknown email costs a password hash like a known one', async () => {
      const fresh = await freshDatabase(driver);
      const s = await startTestServer(fresh.env);
      try {
        const c = new Client(s.url);
        const o = await makeOrg(c, 'Address');
        const { me } = await o.officer.ok('{ me { email } }');
        const timed = async (e: string) => {
          const started = performance.now();
          const r = await c.gql(LOGIN, { e, p: 'wrong-password' });
          expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
          return performance.now() - started;
        };
        // Known and unknown emails alternate (4 each: under the email limit), then unknown ones.
        const known: number[] = [];
        const unknown: number[] = [];
        for (let i = 0; i < 4; i++) {
          known.push(await timed(me.email as string));
          unknown.push(await timed(`nobody-${i}-${tag()}@nowhere.test`));
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        // Generous: an unknown email still runs one argon2 verification (~tens of ms).
        expect(median(unknown)).toBeGreaterThan(median(known) / 3);
        for (let i = 0; i < 12; i++) await timed(`nobody-more-${i}-${tag()}@nowhere.test`);
        // 20 failures from 127.0.0.1: every email is refused from this address now.
        const r = await c.gql(LOGIN, {
          e: (await o.viewer.ok('{ me { email } }')).me.email,
          p: 'password-1',
        });
        expect(r.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
        expect(
          (r.errors?.[0]?.extensions as { retryAfterSeconds?: number }).retryAfterSeconds,
        ).toBeGreaterThan(0);
      } finally {
        await s.close();
        await fresh.drop();
      }
    });
  });

  describeWhen(!!process.env.REDIS_URL)('point 5: login throttling on Redis', () => {
    it('point 5: two servers on one Redis count the failures of one email together', async () => {
      const env = { REDIS_URL: process.env.REDIS_URL as string, REDIS_PREFIX: `odc-sec-${tag()}` };
      const [dbA, dbB] = await Promise.all([freshDatabase(driver), freshDatabase(driver)]);
      const a = await startTestServer({ ...dbA.env, ...env });
      const b = await startTestServer({ ...dbB.env, ...env });
      try {
        const email = `shared-${tag()}@redis.test`;
        const attempt = (s: TestServer) =>
          new Client(s.url).gql(LOGIN, { e: email, p: 'wrong-password' });
        for (const s of [a, b, a, b, a]) {
          expect((await attempt(s)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        }
        for (const s of [a, b]) {
          const r = await attempt(s);
          expect(r.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
          expect(
            (r.errors?.[0]?.extensions as { retryAfterSeconds?: number }).retryAfterSeconds,
          ).toBeGreaterThan(0);
        }
      } finally {
        await a.close();
        await b.close();
        await dbA.drop();
        await dbB.drop();
      }
    });
  });

  describe('point 8: sessions', () => {
    it('point 8: access tokens live 12 hours', async () => {
      const { email } = await newUser();
      const { login } = await anon.ok(LOGIN, { e: email, p: 'password-1' });
      const p = payloadOf(login.token as string);
      expect(Number(p.exp) - Number(p.iat)).toBe(12 * 3600);
    });

    it('point 8: signOutEverywhere refuses earlier tokens on HTTP, closes open sockets, refuses new ones; a login right after works', async () => {
      const { email } = await newUser();
      const first = (await anon.ok(LOGIN, { e: email, p: 'password-1' })).login.token as string;
      const second = (await anon.ok(LOGIN, { e: email, p: 'password-1' })).login.token as string;
      const bystander = org.viewer;
      expect((await anon.with(first).ok('{ me { email } }')).me.email).toBe(email);
      const socket = await openSocket(server.wsUrl, first);
      expect(socket.connected).toBe(true);
      try {
        expect(
          (await anon.with(second).ok('mutation { signOutEverywhere }')).signOutEverywhere,
        ).toBe(true);
        expect(await anon.with(first).code('{ me { id } }')).toBe('UNAUTHENTICATED');
        expect(await anon.with(second).code('{ me { id } }')).toBe('UNAUTHENTICATED');
        expect(await socket.closed).toBe(4401);
        const again = await openSocket(server.wsUrl, first);
        expect(again.connected).toBe(false);
        await again.dispose();
        // Another user's session is untouched.
        expect((await bystander.ok('{ me { id } }')).me.id).toBe(org.viewerId);
      } finally {
        await socket.dispose();
      }
      // Sign-out and login in quick turns (the same second, often the same millisecond).
      for (let i = 0; i < 5; i++) {
        const fresh = (await anon.ok(LOGIN, { e: email, p: 'password-1' })).login.token as string;
        expect((await anon.with(fresh).ok('{ me { email } }')).me.email).toBe(email);
        await anon.with(fresh).ok('mutation { signOutEverywhere }');
        expect(await anon.with(fresh).code('{ me { id } }')).toBe('UNAUTHENTICATED');
        const next = (await anon.ok(LOGIN, { e: email, p: 'password-1' })).login.token as string;
        expect((await anon.with(next).ok('{ me { email } }')).me.email).toBe(email);
      }
    });

    it('point 8: a password change or the removal of the user refuses the tokens issued before', async () => {
      const changed = await newUser();
      const token = (await anon.ok(LOGIN, { e: changed.email, p: 'password-1' })).login
        .token as string;
      expect((await anon.with(token).ok('{ me { id } }')).me.id).toBe(changed.id);
      await server.app.services.identity.setPassword(changed.id, 'password-2');
      expect(await anon.with(token).code('{ me { id } }')).toBe('UNAUTHENTICATED');
      expect(
        (await anon.ok(LOGIN, { e: changed.email, p: 'password-2' })).login.token,
      ).toBeTruthy();

      const removed = await newUser();
      const gone = (await anon.ok(LOGIN, { e: removed.email, p: 'password-1' })).login
        .token as string;
      const socket = await openSocket(server.wsUrl, gone);
      expect(socket.connected).toBe(true);
      try {
        await server.app.services.identity.removeUser(removed.id);
        expect(await anon.with(gone).code('{ me { id } }')).toBe('UNAUTHENTICATED');
        expect(await socket.closed).toBe(4401);
      } finally {
        await socket.dispose();
      }
    });
  });

  describeWhen(driver === 'mysql' && !!process.env.REDIS_URL)('point 8: several processes', () => {
    it('point 8: a sign-out on one server refuses the token on another at once and closes its sockets there', async () => {
      const fresh = await freshDatabase(driver);
      const env = {
        ...fresh.env,
        REDIS_URL: process.env.REDIS_URL as string,
        REDIS_PREFIX: `odc-sec-${tag()}`,
      };
      const a = await startTestServer(env);
      const b = await startTestServer(env);
      try {
        const o = await makeOrg(new Client(a.url), 'Two');
        const { me } = await o.officer.ok('{ me { email } }');
        const token = (await new Client(b.url).ok(LOGIN, { e: me.email, p: 'password-1' })).login
          .token as string;
        const onB = new Client(b.url, token);
        expect((await onB.ok('{ me { email } }')).me.email).toBe(me.email); // cached on B now
        const socket = await openSocket(b.wsUrl, token);
        expect(socket.connected).toBe(true);
        try {
          await new Client(a.url, token).ok('mutation { signOutEverywhere }');
          expect(await socket.closed).toBe(4401);
          expect(await onB.code('{ me { id } }')).toBe('UNAUTHENTICATED');
        } finally {
          await socket.dispose();
        }
      } finally {
        await a.close();
        await b.close();
        await fresh.drop();
      }
    });
  });

  describe('point 9: concurrent duplicates', () => {
    it('point 9: ten identical defineCustomField, createRole (any case), createUser and signUp at once: one success, the rest CONFLICT', async () => {
      const expectOneWinner = async (
        answers: { data?: unknown; errors?: { extensions?: { code?: string } }[] }[],
      ) => {
        const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');
        expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
        expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(answers.length - 1);
      };
      const key = `dup${tag()}`;
      await expectOneWinner(
        await Promise.all(
          Array.from({ length: 10 }, () =>
            org.admin.gql(
              `mutation { defineCustomField(input: { entityType: CONTACT, key: "${key}", label: "Dup", type: STRING }) { key } }`,
            ),
          ),
        ),
      );
      const name = `Auditors ${tag()}`;
      const cases = [name, name.toUpperCase(), name.toLowerCase(), ` ${name} `];
      await expectOneWinner(
        await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            org.admin.gql(CREATE_ROLE, {
              i: { name: cases[i % cases.length], connectorAccess: 'NONE' },
            }),
          ),
        ),
      );
      const email = `twin-${tag()}@dup.test`;
      await expectOneWinner(
        await Promise.all(
          Array.from({ length: 10 }, () =>
            org.admin.gql(CREATE_USER, {
              i: { email, name: 'Twin', password: 'password-1', roleId: org.viewerRoleId },
            }),
          ),
        ),
      );
      const owner = `owner-${tag()}@dup.test`;
      await expectOneWinner(
        await Promise.all(
          Array.from({ length: 10 }, () => anon.gql(SIGN_UP, { i: signUpInput(owner) })),
        ),
      );
      // No failed insert reached the log with its values (a password hash).
      expect(server.logs.join('')).not.toContain('$argon2');
    });

    it('point 9: role names are unique case-insensitively, roles from before the migration included', async () => {
      const name = `Reviewers ${tag()}`;
      await org.admin.ok(CREATE_ROLE, { i: { name, connectorAccess: 'NONE' } });
      expect(
        await org.admin.code(CREATE_ROLE, {
          i: { name: name.toUpperCase(), connectorAccess: 'NONE' },
        }),
      ).toBe('CONFLICT');
      // Rows written before the nameKey column existed: the migration fills it.
      const { RoleNameKey1735100000000 } = await import('../../src/db/migrations/role-name-key.js');
      const migration = new RoleNameKey1735100000000();
      const runner = server.app.ds.createQueryRunner();
      try {
        await migration.down(runner);
        const legacy = `Legacy ${tag()}`;
        for (const n of [legacy, legacy.toUpperCase()]) {
          await runner.query(
            `INSERT INTO role (id, organizationId, name, connectorAccess) VALUES ('${randomBytes(8).toString('hex')}', '${org.orgId}', '${n}', 'NONE')`,
          );
        }
        await migration.up(runner);
        expect(
          await org.admin.code(CREATE_ROLE, {
            i: { name: legacy.toLowerCase(), connectorAccess: 'NONE' },
          }),
        ).toBe('CONFLICT');
      } finally {
        await runner.release();
      }
    });
  });

  describe('point 10: lengths', () => {
    it('point 10: custom field values are at most 10,000 characters (documented); 12 of the maximum, and 50 on a loan, fit on both databases', async () => {
      const define = async (entityType: string, n: number) => {
        const keys: string[] = [];
        for (let i = 0; i < n; i++) {
          const key = `long${i}${tag()}`;
          await org.admin.ok(
            `mutation { defineCustomField(input: { entityType: ${entityType}, key: "${key}", label: "Long ${i}", type: STRING }) { key } }`,
          );
          keys.push(key);
        }
        return keys;
      };
      const keys = await define('CONTACT', 12);
      // Two-byte characters on the contact (240 kB in utf8mb4), plain ones on the loan.
      const contactValues = keys.map((key) => ({ key, value: 'é'.repeat(10_000) }));
      const created = await org.admin.ok(
        'mutation($i: ContactInput!) { createContact(input: $i) { id customFields { key value } } }',
        { i: { firstName: 'Long', lastName: 'Values', customFields: contactValues } },
      );
      expect(created.createContact.customFields).toEqual(contactValues);
      const loanValues = (await define('LOAN', 50)).map((key) => ({
        key,
        value: 'x'.repeat(10_000),
      }));
      const loan = await org.admin.ok(
        'mutation($i: LoanInput!) { createLoan(input: $i) { id customFields { key value } } }',
        { i: { loanNumber: `L-${tag()}`, loanType: 'MORTGAGE', customFields: loanValues } },
      );
      expect(loan.createLoan.customFields).toEqual(loanValues);
      const tooLong = await org.admin.gql(
        'mutation($i: ContactInput!) { createContact(input: $i) { id } }',
        {
          i: {
            firstName: 'Too',
            lastName: 'Long',
            customFields: [{ key: keys[0], value: 'x'.repeat(10_001) }],
          },
        },
      );
      expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(tooLong.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
        'input.customFields.0.value',
      ]);
      // The limit is in the schema's documentation.
      const doc = await anon.ok(
        '{ __type(name: "CustomFieldValueInput") { inputFields { name description } } }',
      );
      const value = doc.__type.inputFields.find((f: { name: string }) => f.name === 'value');
      expect(value.description).toMatch(/10,?000 characters/);
    });

    it('point 10: login refuses an oversized email or password as BAD_USER_INPUT naming the field', async () => {
      const { email } = await newUser();
      const long = await anon.gql(LOGIN, { e: email, p: 'p'.repeat(1001) });
      expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(long.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['password']);
      const wide = await anon.gql(LOGIN, { e: `${'e'.repeat(250)}@x.test`, p: 'password-1' });
      expect(wide.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(wide.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual(['email']);
      const signUp = await anon.gql(SIGN_UP, {
        i: { ...signUpInput(`big-${tag()}@x.test`), password: 'p'.repeat(1001) },
      });
      expect(signUp.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
        'input.password',
      ]);
      expect(signUp.errors?.[0]?.message).toMatch(/1000/);
    });
  });
});

describe('security: demo data (point 4, embedded database)', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'odc-demo-'));
    dirs.push(dir);
    const p = await startProcess('all', { DATA_DIR: dir, LOG_LEVEL: 'info', ...env });
    const c = new Client(`${p.base}/graphql`);
    const demo = await c.gql(LOGIN, { e: 'admin@demo.test', p: 'demo-password' });
    await p.stop();
    const warnings = p.logs
      .map((l) => {
        try {
          return JSON.parse(l) as { level: number; msg: string };
        } catch {
          return null;
        }
      })
      .filter((l) => l && l.level === 40 && /demo/i.test(l.msg));
    return { seeded: Boolean(demo.data?.login), warnings };
  }

  it('point 4: NODE_ENV=production seeds no demo data unless SEED_DEMO=true; seeding says so in one warning line', async () => {
    const prod = await start({ NODE_ENV: 'production' });
    expect(prod.seeded).toBe(false);
    expect(prod.warnings).toHaveLength(0);
    const forced = await start({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    expect(forced.seeded).toBe(true);
    expect(forced.warnings).toHaveLength(1);
    expect(forced.warnings[0]!.msg).toMatch(/demo-password/);
    const dev = await start({});
    expect(dev.seeded).toBe(true);
    expect(dev.warnings).toHaveLength(1);
  }, 180_000); // three process starts, two of them seeding
});

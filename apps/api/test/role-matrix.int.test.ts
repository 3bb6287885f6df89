import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { CALLERS, OPS, outcomeOf, type Caller } from './helpers/role-ops.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor } from './helpers/target.js';
import { buildWorld, SECRET_BODY, type World } from './helpers/world.js';
import { subscribe, type Subscription } from './helpers/ws.js';

const CONTRACT = fileURLToPath(new URL('../../../contract/schema.graphql', import.meta.url));
const SUBSCRIBED = ['runStatusChanged', 'connectorChanged'];

function contractFields(type: string): string[] {
  const def = parse(readFileSync(CONTRACT, 'utf8')).definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type,
  );
  return def?.fields?.map((f) => f.name.value) ?? [];
}

const CASES = OPS.flatMap((op) =>
  CALLERS.map((caller) => ({ name: op.name, caller, outcome: outcomeOf(op, caller), op })),
);

describe('role matrix coverage', () => {
  it('has a row for every query and mutation of the contract, and tests both subscriptions', () => {
    const rows = new Set(OPS.map((o) => o.name.split(' ')[0]));
    for (const field of [...contractFields('Query'), ...contractFields('Mutation')])
      expect(rows, field).toContain(field);
    expect(contractFields('Subscription').sort()).toEqual([...SUBSCRIBED].sort());
  });
});

describe.each(DRIVERS)('role matrix (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let w: World;
  const clients = new Map<Caller, Client>();

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    w = await buildWorld(server.url, target.url, 'Matrix');
    const sign = (secret: Uint8Array, expires: number) =>
      new SignJWT({ org: w.org.orgId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(w.org.adminId)
        .setIssuedAt(expires - 60)
        .setExpirationTime(expires)
        .sign(secret);
    const now = Math.floor(Date.now() / 1000);
    clients.set('MANAGE', w.org.admin);
    clients.set('READ_ONLY', w.org.viewer);
    clients.set('NONE', w.org.officer);
    clients.set('ANONYMOUS', new Client(server.url));
    clients.set(
      'FORGED',
      new Client(server.url, await sign(new TextEncoder().encode('x'.repeat(32)), now + 600)),
    );
    clients.set(
      'EXPIRED',
      new Client(server.url, await sign(server.app.config.jwtSecret, now - 60)),
    );
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it.each(CASES)('$name as $caller: $outcome', async ({ op, caller, outcome }) => {
    await op.reset?.(w);
    const vars = (await op.vars?.(w, caller)) ?? {};
    const before = await op.probe?.(w, vars);
    const r = await (clients.get(caller) as Client).gql(op.query, vars);
    const field = op.name.split(' ')[0] as string;
    if (outcome === 'data' || outcome === 'null') {
      expect(r.errors).toBeUndefined();
      if (outcome === 'null') expect(r.data?.[field]).toBeNull();
      else expect(r.data?.[field]).toEqual(expect.anything());
      op.check?.(r.data, caller, w);
    } else {
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
      expect(r.data?.[field] ?? null).toBeNull();
    }
    expect(JSON.stringify(r)).not.toMatch(/passcode"|clientSecret"/);
    if (op.probe) {
      const after = await op.probe(w, vars);
      if (outcome === 'data') expect(after).not.toEqual(before);
      else expect(after).toEqual(before);
    }
  });

  it('refuses websockets without a valid token', async () => {
    for (const caller of ['ANONYMOUS', 'FORGED', 'EXPIRED'] as const) {
      const token = clients.get(caller)?.token;
      await expect(
        subscribe(server.wsUrl, token, `subscription { connectorChanged { id } }`),
      ).rejects.toThrow(/closed/);
    }
  });

  it('delivers runStatusChanged by run visibility and connectorChanged by access', async () => {
    type RunEvent = { runStatusChanged: { id: string; status: string } };
    type ConnEvent = {
      connectorChanged: { id: string; authentication: { tokenRequestBody: string | null } };
    };
    const roles = ['MANAGE', 'READ_ONLY', 'NONE'] as const;
    const runs = new Map<string, Subscription<RunEvent>>();
    const conns = new Map<string, Subscription<ConnEvent>>();
    for (const role of roles) {
      const token = clients.get(role)?.token;
      runs.set(
        role,
        await subscribe(server.wsUrl, token, `subscription { runStatusChanged { id status } }`),
      );
      conns.set(
        role,
        await subscribe(
          server.wsUrl,
          token,
          `subscription { connectorChanged { id authentication { tokenRequestBody } } }`,
        ),
      );
    }
    const trigger = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
    const done = (role: string, id: string) =>
      waitFor(
        () =>
          runs
            .get(role)
            ?.events.some(
              (e) => e.runStatusChanged.id === id && e.runStatusChanged.status === 'SUCCESS',
            ),
        10_000,
        `${role} hears run ${id}`,
      );
    const adminRun = (await w.org.admin.ok(trigger, { c: w.connectors.live, r: w.contacts.admin }))
      .triggerPush.id;
    await done('MANAGE', adminRun);
    await done('READ_ONLY', adminRun);
    // Everything about adminRun was published before this run starts: NONE's SUCCESS of it is the barrier.
    const officerRun = (
      await w.org.officer.ok(trigger, { c: w.connectors.live, r: w.contacts.officer })
    ).triggerPush.id;
    for (const role of roles) await done(role, officerRun);
    expect(runs.get('NONE')?.events.map((e) => e.runStatusChanged.id)).not.toContain(adminRun);

    const publish = (id: string) =>
      w.org.admin.ok(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, { id });
    await publish(w.connectors.adminOnly);
    await publish(w.connectors.secret);
    await publish(w.connectors.live);
    for (const role of roles)
      await waitFor(
        () => conns.get(role)?.events.some((e) => e.connectorChanged.id === w.connectors.live),
        10_000,
        `${role} hears the live connector`,
      );
    const heard = (role: string) => conns.get(role)?.events.map((e) => e.connectorChanged) ?? [];
    expect(heard('MANAGE').map((c) => c.id)).toContain(w.connectors.adminOnly);
    expect(heard('READ_ONLY').map((c) => c.id)).toContain(w.connectors.adminOnly);
    // NONE has no access to the page: it hears only the connectors its role may push with.
    expect(heard('NONE').map((c) => c.id)).not.toContain(w.connectors.adminOnly);
    for (const role of roles) {
      const secret = heard(role).find((c) => c.id === w.connectors.secret);
      expect(secret?.authentication.tokenRequestBody).toBe(role === 'MANAGE' ? SECRET_BODY : null);
    }
    for (const s of [...runs.values(), ...conns.values()]) {
      expect(s.errors).toEqual([]);
      await s.close();
    }
  });

  // Contract: non-MANAGE users see only the contacts they own, also as a loan's borrower.
  it('shows a loan borrower only to those who may see that contact', async () => {
    const q = `query($id: ID!) { loan(id: $id) { borrower { id } } }`;
    const id = w.loans.borrowed;
    expect((await w.org.admin.ok(q, { id })).loan.borrower).toEqual({ id: w.contacts.admin });
    expect((await w.org.officer.ok(q, { id })).loan.borrower).toBeNull();
  });

  // Connector.runs depends on the user for NONE: ws events are never shared between NONE users.
  it('gives two NONE users of one role each their own runs inside a subscription event', async () => {
    const email = `second-${Date.now()}@matrix.test`;
    await w.org.admin.ok(`mutation($i: UserInput!) { createUser(input: $i) { id } }`, {
      i: { email, name: 'Second Officer', password: 'password-1', roleId: w.org.officerRoleId },
    });
    const anon = new Client(server.url);
    const second = anon.with(
      (
        await anon.ok(
          `mutation($e: String!) { login(email: $e, password: "password-1") { token } }`,
          {
            e: email,
          },
        )
      ).login.token,
    );
    const query = `subscription { connectorChanged { id runs(pageSize: 100) { items { id } } } }`;
    type Event = { connectorChanged: { id: string; runs: { items: { id: string }[] } } };
    const first = await subscribe<Event>(server.wsUrl, w.org.officer.token, query);
    const other = await subscribe<Event>(server.wsUrl, second.token, query);
    await w.org.admin.ok(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, {
      id: w.connectors.live,
    });
    const runsOf = async (s: Subscription<Event>) => {
      const e = await waitFor(
        () => s.events.find((x) => x.connectorChanged.id === w.connectors.live),
        10_000,
        'connectorChanged',
      );
      return e.connectorChanged.runs.items.map((r) => r.id);
    };
    expect(await runsOf(first)).toContain(w.runs.officer);
    expect(await runsOf(other)).toEqual([]);
    await first.close();
    await other.close();
  });
});

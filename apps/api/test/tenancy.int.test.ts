import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import {
  CONNECTOR_FIELDS,
  connectorInput,
  CREATE_CONNECTOR,
  UPDATE_CONNECTOR,
} from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor } from './helpers/target.js';
import { buildWorld, type World } from './helpers/world.js';
import { subscribe, type Subscription } from './helpers/ws.js';

type Role = 'MANAGE' | 'READ_ONLY' | 'NONE';
const ROLES: Role[] = ['MANAGE', 'READ_ONLY', 'NONE'];

/** Everything organization A's admin sees: it must not move when organization B acts. */
const SNAPSHOT = `{
  me { organization { name storesBirthYear } }
  roles { id name connectorAccess }
  users { id email name role { id } }
  connectors(pageSize: 100) { totalCount items { ${CONNECTOR_FIELDS} } }
  runs(pageSize: 100) { totalCount items { id status attempts finishedAt } }
  contacts(pageSize: 100) { totalCount items { id firstName lastName owner { id } updatedAt } }
  loans(pageSize: 100) { totalCount items { id loanNumber owner { id } borrower { id } updatedAt } }
  fieldCatalog(entityType: CONTACT) { key }
}`;

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const BY_ID: [string, string, (w: World) => string][] = [
  ['connector', `query($id: ID!) { connector(id: $id) { id } }`, (w) => w.connectors.live],
  ['run', `query($id: ID!) { run(id: $id) { id } }`, (w) => w.runs.officer],
  ['contact', `query($id: ID!) { contact(id: $id) { id } }`, (w) => w.contacts.officer],
  ['loan', `query($id: ID!) { loan(id: $id) { id } }`, (w) => w.loans.officer],
];

describe.each(DRIVERS)('tenancy (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let a: World;
  let b: OrgUsers;
  let bLive: string;
  let bDraft: string;
  let bContact: string;
  const bClient = (role: Role) =>
    role === 'MANAGE' ? b.admin : role === 'READ_ONLY' ? b.viewer : b.officer;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    a = await buildWorld(server.url, target.url, 'Alpha');
    await a.org.admin.ok(
      `mutation { defineCustomField(input: {entityType: CONTACT, key: "alphaOnly", label: "A", type: STRING}) { key } }`,
    );
    b = await makeOrg(new Client(server.url), 'Beta');
    const every = [b.adminRoleId, b.viewerRoleId, b.officerRoleId];
    const make = async (name: string, publish: boolean) =>
      (
        await b.admin.ok(CREATE_CONNECTOR, {
          i: connectorInput({ name, roleIds: every, url: `${target.url}/ok` }),
          p: publish,
        })
      ).createConnector.id as string;
    bLive = await make('Beta Live', true);
    bDraft = await make('Beta Draft', false);
    bContact = (
      await b.officer.ok(
        `mutation { createContact(input: {firstName: "Bo", lastName: "B"}) { id } }`,
      )
    ).createContact.id;
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it.each(BY_ID.flatMap(([name, query, id]) => ROLES.map((role) => ({ name, query, id, role }))))(
    "$name by the other organization's id is null for $role",
    async ({ name, query, id, role }) => {
      const r = await bClient(role).gql(query, { id: id(a) });
      if (name === 'connector' && role === 'NONE') {
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      } else {
        expect(r.errors).toBeUndefined();
        expect(r.data?.[name]).toBeNull();
      }
    },
  );

  it('lists only its own organization', async () => {
    const mine = await b.admin.ok(
      `query($a: ID) {
      connectors(pageSize: 100) { items { id } }
      pushConnectors(entityType: CONTACT) { id runs { totalCount } }
      runs(pageSize: 100) { totalCount }
      other: runs(connectorId: $a) { totalCount }
      contacts(pageSize: 100) { items { id } }
      loans(pageSize: 100) { totalCount }
      users { id } roles { id }
      fieldCatalog(entityType: CONTACT) { key }
    }`,
      { a: a.connectors.live },
    );
    expect(mine.connectors.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [bLive, bDraft].sort(),
    );
    expect(mine.pushConnectors).toEqual([{ id: bLive, runs: { totalCount: 0 } }]);
    expect(mine.runs.totalCount).toBe(0);
    expect(mine.other.totalCount).toBe(0);
    expect(mine.contacts.items).toEqual([{ id: bContact }]);
    expect(mine.loans.totalCount).toBe(0);
    expect(mine.users.map((u: { id: string }) => u.id).sort()).toEqual(
      [b.adminId, b.viewerId, b.officerId].sort(),
    );
    expect(mine.roles.map((r: { id: string }) => r.id).sort()).toEqual(
      [b.adminRoleId, b.viewerRoleId, b.officerRoleId].sort(),
    );
    expect(JSON.stringify(mine.fieldCatalog)).not.toContain('alphaOnly');
    for (const c of [b.viewer, b.officer]) {
      const r = await c.ok(`{ runs { totalCount } contacts { totalCount } loans { totalCount } }`);
      expect(r.runs.totalCount + r.loans.totalCount).toBe(0);
    }
  });

  it('changes nothing of the other organization: NOT_FOUND or BAD_USER_INPUT, nothing written', async () => {
    const before = await a.org.admin.ok(SNAPSHOT);
    const input = (o: Record<string, unknown> = {}) =>
      connectorInput({ name: 'Taken', roleIds: [b.adminRoleId], url: `${target.url}/ok`, ...o });
    const attempts: [Client, string, Record<string, unknown>, string][] = [
      [b.admin, UPDATE_CONNECTOR, { id: a.connectors.draft, i: input() }, 'NOT_FOUND'],
      [
        b.admin,
        `mutation($id: ID!) { publishConnector(id: $id) { id } }`,
        { id: a.connectors.toggle },
        'NOT_FOUND',
      ],
      [
        b.admin,
        `mutation($id: ID!) { unpublishConnector(id: $id) { id } }`,
        { id: a.connectors.live },
        'NOT_FOUND',
      ],
      [b.admin, TRIGGER, { c: a.connectors.live, r: bContact }, 'NOT_FOUND'],
      [b.officer, TRIGGER, { c: a.connectors.live, r: a.contacts.officer }, 'NOT_FOUND'],
      [b.admin, TRIGGER, { c: bLive, r: a.contacts.officer }, 'NOT_FOUND'],
      [
        b.admin,
        `mutation($id: ID!) { testConnector(id: $id) { id } }`,
        { id: a.connectors.draft },
        'NOT_FOUND',
      ],
      [
        b.admin,
        `mutation($id: ID!, $r: ID) { testConnector(id: $id, recordId: $r) { id } }`,
        { id: bDraft, r: a.contacts.admin },
        'NOT_FOUND',
      ],
      [
        b.admin,
        `mutation($id: ID!) { updateContact(id: $id, input: {firstName: "X", lastName: "Y"}) { id } }`,
        { id: a.contacts.officer },
        'NOT_FOUND',
      ],
      [
        b.admin,
        `mutation($id: ID!) { deleteContact(id: $id) }`,
        { id: a.contacts.admin },
        'NOT_FOUND',
      ],
      [
        b.admin,
        `mutation($id: ID!) { updateLoan(id: $id, input: {loanNumber: "X", loanType: AUTO}) { id } }`,
        { id: a.loans.officer },
        'NOT_FOUND',
      ],
      [b.admin, `mutation($id: ID!) { deleteLoan(id: $id) }`, { id: a.loans.admin }, 'NOT_FOUND'],
      [
        b.officer,
        `mutation($id: ID!) { deleteLoan(id: $id) }`,
        { id: a.loans.officer },
        'NOT_FOUND',
      ],
      [
        b.admin,
        `mutation($o: ID) { createContact(input: {ownerId: $o, firstName: "X", lastName: "Y"}) { id } }`,
        { o: a.org.officerId },
        'BAD_USER_INPUT',
      ],
      [
        b.admin,
        `mutation($c: ID) { createLoan(input: {borrowerId: $c, loanNumber: "X", loanType: AUTO}) { id } }`,
        { c: a.contacts.admin },
        'BAD_USER_INPUT',
      ],
      [
        b.admin,
        `mutation($r: ID!) { createUser(input: {email: "x@b.test", name: "X", password: "password-1", roleId: $r}) { id } }`,
        { r: a.org.viewerRoleId },
        'NOT_FOUND',
      ],
      [
        b.admin,
        CREATE_CONNECTOR,
        { i: input({ roleIds: [a.org.officerRoleId] }) },
        'BAD_USER_INPUT',
      ],
      [
        b.admin,
        UPDATE_CONNECTOR,
        { id: bDraft, i: input({ roleIds: [a.org.adminRoleId] }) },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [client, query, vars, code] of attempts) {
      const r = await client.gql(query, vars);
      expect(
        r.errors?.map((e) => e.extensions?.code),
        query,
      ).toEqual([code]);
    }
    expect(await a.org.admin.ok(SNAPSHOT)).toEqual(before);
  });

  it('hears nothing of the other organization over graphql-ws', async () => {
    type Run = { runStatusChanged: { id: string } };
    type Conn = { connectorChanged: { id: string } };
    const runsQ = `subscription($c: ID) { runStatusChanged(connectorId: $c) { id } }`;
    const connQ = `subscription { connectorChanged { id } }`;
    const aRuns = await subscribe<Run>(server.wsUrl, a.org.admin.token, runsQ);
    const aConns = await subscribe<Conn>(server.wsUrl, a.org.admin.token, connQ);
    const bRuns: Subscription<Run>[] = [];
    const bConns: Subscription<Conn>[] = [];
    for (const role of ROLES) {
      const token = bClient(role).token;
      bRuns.push(await subscribe<Run>(server.wsUrl, token, runsQ));
      bConns.push(await subscribe<Conn>(server.wsUrl, token, connQ));
    }
    // Asking by the other organization's connector id changes nothing.
    const byId = await subscribe<Run>(server.wsUrl, b.admin.token, runsQ, { c: a.connectors.live });

    const aRun = (await a.org.admin.ok(TRIGGER, { c: a.connectors.live, r: a.contacts.admin }))
      .triggerPush.id;
    await a.org.admin.ok(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, {
      id: a.connectors.toggle,
    });
    await waitFor(() => aConns.events.some((e) => e.connectorChanged.id === a.connectors.toggle));
    await waitFor(() => aRuns.events.filter((e) => e.runStatusChanged.id === aRun).length >= 3);

    // A barrier: organization B's own events come after everything of A's on every socket.
    const bRun = (await b.officer.ok(TRIGGER, { c: bLive, r: bContact })).triggerPush.id;
    await b.admin.ok(`mutation($id: ID!) { publishConnector(id: $id) { id } }`, { id: bLive });
    for (const s of bRuns)
      await waitFor(() => s.events.some((e) => e.runStatusChanged.id === bRun));
    for (const s of bConns)
      await waitFor(() => s.events.some((e) => e.connectorChanged.id === bLive));

    const aIds = [aRun, ...Object.values(a.connectors)];
    for (const s of [...bRuns, ...bConns, byId]) {
      expect(s.errors).toEqual([]);
      const heard = JSON.stringify(s.events);
      for (const id of aIds) expect(heard).not.toContain(id);
    }
    expect(byId.events).toEqual([]);
    for (const s of [aRuns, aConns, ...bRuns, ...bConns, byId]) await s.close();
  });
});

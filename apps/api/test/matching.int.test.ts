import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { runEnded } from './helpers/runs.js';
import { Target } from './helpers/target.js';

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id leadSource } }`;

describe.each(DRIVERS)('staff and lead source matching (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let officerEmail: string;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Match');
    officerEmail = (await org.officer.ok('{ me { email } }')).me.email;
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  const pushed = async (connectorId: string, contactId: string) => {
    const run = (await org.officer.ok(TRIGGER, { c: connectorId, r: contactId })).triggerPush;
    const done = await runEnded(org.officer, run.id);
    expect(done.error).toBeNull();
    return JSON.parse(done.requestBody ?? '') as Record<string, unknown>;
  };

  it("sends the owner's staff id and the lead source id, creating a missing lead source once", async () => {
    target.lists.set('/staff', [
      { id: 's-1', email: 'someone@else.test' },
      { id: 's-2', email: officerEmail.toUpperCase() },
    ]);
    target.lists.set('/lead-sources', [{ id: 'ls-web', name: 'Website' }]);
    const matching = {
      staff: { listUrl: `${target.url}/staff`, idField: 'id', emailField: 'email' },
      leadSource: {
        listUrl: `${target.url}/lead-sources`,
        idField: 'id',
        nameField: 'name',
        createUrl: `${target.url}/lead-sources`,
      },
    };
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'Matched',
        roleIds: [org.officerRoleId],
        url: `${target.url}/ok`,
        matching,
        request: {
          url: `${target.url}/ok`,
          method: 'POST',
          bodyTemplate:
            '{"staff": {{contact.owner.staffId}}, "source": {{contact.leadSourceId}}, "name": {{contact.leadSource}}}',
        },
      }),
      p: true,
    });
    const id = made.createConnector.id;
    const stored = await org.admin.ok(
      `query($id: ID!) { connector(id: $id) { matching { staff { listUrl idField emailField }
        leadSource { listUrl idField nameField createUrl } } } }`,
      { id },
    );
    expect(stored.connector.matching).toEqual(matching);

    const web = (
      await org.officer.ok(CONTACT, {
        i: { firstName: 'W', lastName: 'Eb', leadSource: 'website' },
      })
    ).createContact;
    expect(web.leadSource).toBe('website');
    expect(await pushed(id, web.id)).toEqual({ staff: 's-2', source: 'ls-web', name: 'website' });

    const house = (
      await org.officer.ok(CONTACT, {
        i: { firstName: 'O', lastName: 'H', leadSource: 'Open House' },
      })
    ).createContact;
    expect(await pushed(id, house.id)).toMatchObject({ staff: 's-2', source: 'lead-sources-2' });
    expect(await pushed(id, house.id)).toMatchObject({ source: 'lead-sources-2' });
    const creates = target.received.filter(
      (r) => r.method === 'POST' && r.path === '/lead-sources',
    );
    expect(creates.map((r) => JSON.parse(r.body))).toEqual([{ name: 'Open House' }]);

    const none = (await org.officer.ok(CONTACT, { i: { firstName: 'N', lastName: 'One' } }))
      .createContact;
    expect(await pushed(id, none.id)).toEqual({ staff: 's-2', source: null, name: null });
  });

  it('matches the tester as the owner of a made-up sample record', async () => {
    const adminEmail = (await org.admin.ok('{ me { email } }')).me.email;
    target.lists.set('/team', [{ id: 'boss', email: adminEmail }]);
    const made = await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'Sample Owner',
        roleIds: [org.adminRoleId],
        matching: { staff: { listUrl: `${target.url}/team`, idField: 'id', emailField: 'email' } },
        request: {
          url: `${target.url}/ok`,
          method: 'POST',
          bodyTemplate: '{"staff": {{contact.owner.staffId}}, "owner": {{contact.owner.email}}}',
        },
      }),
    });
    const run = (
      await org.admin.ok(`mutation($id: ID!) { testConnector(id: $id) { id } }`, {
        id: made.createConnector.id,
      })
    ).testConnector;
    const done = await runEnded(org.admin, run.id, 'sample test push');
    expect(JSON.parse(done.requestBody ?? '')).toEqual({ staff: 'boss', owner: adminEmail });
  });

  it('refuses a matching setting without its list URL, naming the field, and writes nothing', async () => {
    const res = await org.admin.gql(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'Bad Matching',
        roleIds: [org.officerRoleId],
        matching: { staff: { listUrl: 'not a url', idField: 'id', emailField: ' ' } },
      }),
    });
    const fields = res.errors?.[0]?.extensions?.fields as { path: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual([
      'input.matching.staff.emailField',
      'input.matching.staff.listUrl',
    ]);
    const list = await org.admin.ok('{ connectors(pageSize: 100) { items { name } } }');
    expect(list.connectors.items.map((c: { name: string }) => c.name)).not.toContain(
      'Bad Matching',
    );
  });
});

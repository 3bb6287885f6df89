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
import { Target, waitFor } from './helpers/target.js';

const CREATE = `mutation($i: ContactInput!) { createContact(input: $i) { id firstName owner { id } customFields { key value } } }`;
const UPDATE = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { id firstName } }`;
const DELETE = `mutation($id: ID!) { deleteContact(id: $id) }`;
const LOAN = `mutation($i: LoanInput!) { createLoan(input: $i) { id loanNumber borrower { id } owner { id } } }`;

describe.each(DRIVERS)('records and automation (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Rec');
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('creates, lists, searches and pages contacts; others see only their own', async () => {
    for (let i = 0; i < 5; i++)
      await org.admin.ok(CREATE, { i: { firstName: `Ann${i}`, lastName: `Zed${i}` } });
    await org.officer.ok(CREATE, {
      i: { firstName: 'Olive', lastName: 'Officer', email: 'olive@x.test' },
    });
    const all = await org.admin.ok(
      `{ contacts(pageSize: 4) { totalCount pageCount items { lastName } } }`,
    );
    expect(all.contacts).toMatchObject({ totalCount: 6, pageCount: 2 });
    expect(all.contacts.items[0].lastName).toBe('Officer');
    const mine = await org.officer.ok(
      `{ contacts { totalCount items { firstName owner { id } } } }`,
    );
    expect(mine.contacts.totalCount).toBe(1);
    expect(mine.contacts.items[0].owner.id).toBe(org.officerId);
    const found = await org.admin.ok(`{ contacts(search: "OLIVE") { items { firstName } } }`);
    expect(found.contacts.items).toEqual([{ firstName: 'Olive' }]);
    const adminsContact = (await org.admin.ok(`{ contacts(search: "ann0") { items { id } } }`))
      .contacts.items[0].id;
    expect(
      (await org.officer.ok(`query($id: ID!) { contact(id: $id) { id } }`, { id: adminsContact }))
        .contact,
    ).toBeNull();
    expect(await org.officer.code(DELETE, { id: adminsContact })).toBe('NOT_FOUND');
    expect(
      await org.officer.code(CREATE, {
        i: { firstName: 'A', lastName: 'B', ownerId: org.adminId },
      }),
    ).toBe('FORBIDDEN');
  });

  it('keeps the owner when a manager edits a record without naming one', async () => {
    const id = (await org.officer.ok(CREATE, { i: { firstName: 'Kept', lastName: 'Owner' } }))
      .createContact.id;
    await org.admin.ok(UPDATE, { id, i: { firstName: 'Edited', lastName: 'Owner' } });
    const seen = await org.officer.ok(
      `query($id: ID!) { contact(id: $id) { firstName owner { id } } }`,
      {
        id,
      },
    );
    expect(seen.contact).toEqual({ firstName: 'Edited', owner: { id: org.officerId } });
  });

  it('validates records and custom fields', async () => {
    const r = await org.admin.gql(CREATE, {
      i: { firstName: ' ', lastName: 'x', email: 'bad', birthday: '2020-13-40' },
    });
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
      'input.firstName',
      'input.email',
      'input.birthday',
    ]);
    await org.admin.ok(
      `mutation { defineCustomField(input: { entityType: CONTACT, key: "numberOfBathrooms", label: "Number of Bathrooms", type: NUMBER }) { key } }`,
    );
    expect(
      await org.officer.code(
        `mutation { defineCustomField(input: { entityType: CONTACT, key: "x", label: "X", type: STRING }) { key } }`,
      ),
    ).toBe('FORBIDDEN');
    expect(
      await org.admin.code(
        `mutation { defineCustomField(input: { entityType: CONTACT, key: "Bad Key", label: "X", type: STRING }) { key } }`,
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await org.admin.code(
        `mutation { defineCustomField(input: { entityType: CONTACT, key: "numberOfBathrooms", label: "X", type: STRING }) { key } }`,
      ),
    ).toBe('CONFLICT');
    const cat = await org.viewer.ok(
      `{ fieldCatalog(entityType: CONTACT) { key label type custom } }`,
    );
    expect(cat.fieldCatalog).toContainEqual({
      key: 'contact.custom.numberOfBathrooms',
      label: 'Contact - Number of Bathrooms (Custom)',
      type: 'NUMBER',
      custom: true,
    });
    const bad = await org.admin.gql(CREATE, {
      i: {
        firstName: 'A',
        lastName: 'B',
        customFields: [
          { key: 'numberOfBathrooms', value: 'two' },
          { key: 'nope', value: '1' },
        ],
      },
    });
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
      'input.customFields.0.value',
      'input.customFields.1.key',
    ]);
    const ok = await org.admin.ok(CREATE, {
      i: {
        firstName: 'A',
        lastName: 'B',
        customFields: [{ key: 'numberOfBathrooms', value: '2.5' }],
      },
    });
    expect(ok.createContact.customFields).toEqual([{ key: 'numberOfBathrooms', value: '2.5' }]);
  });

  it('creates loans with a borrower', async () => {
    const c = await org.officer.ok(CREATE, { i: { firstName: 'Bo', lastName: 'Borrower' } });
    const l = await org.officer.ok(LOAN, {
      i: { loanNumber: 'L-1', loanType: 'MORTGAGE', amount: 1000, borrowerId: c.createContact.id },
    });
    expect(l.createLoan.borrower.id).toBe(c.createContact.id);
    const adminContact = (await org.admin.ok(`{ contacts(search: "ann1") { items { id } } }`))
      .contacts.items[0].id;
    const r = await org.officer.gql(LOAN, {
      i: { loanNumber: 'L-2', loanType: 'AUTO', borrowerId: adminContact, closingDate: 'soon' },
    });
    expect(r.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toEqual([
      'input.borrowerId',
      'input.closingDate',
    ]);
    expect((await org.officer.ok(`{ loans(search: "l-") { totalCount } }`)).loans.totalCount).toBe(
      1,
    );
  });

  it("pushes on the connector's triggers for records of owners in its roles, only while published", async () => {
    const url = `${target.url}/ok`;
    const mk = (
      name: string,
      triggers: string[],
      roleIds: string[],
      p = true,
      entityType: 'CONTACT' | 'LOAN' = 'CONTACT',
    ) =>
      org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds,
          url: `${url}/${name}`,
          automationTriggers: triggers,
          entityType,
        }),
        p,
      });
    await mk('officer-create-update', ['ON_CREATE', 'ON_UPDATE'], [org.officerRoleId]);
    await mk('officer-delete', ['ON_DELETE'], [org.officerRoleId]);
    await mk('admin-create-off', ['ON_CREATE'], [org.adminRoleId], false);
    await mk('loan-create', ['ON_CREATE'], [org.officerRoleId], true, 'LOAN');
    const paths = () => target.received.map((r) => r.path.replace(url, '').replace('/ok/', ''));
    target.received.length = 0;

    const c = await org.officer.ok(CREATE, {
      i: { firstName: 'Bob', lastName: 'Officer', activityRating: 3 },
    });
    await waitFor(() => target.received.length >= 1, 10_000, 'create push');
    await org.officer.ok(UPDATE, {
      id: c.createContact.id,
      i: { firstName: 'Bobby', lastName: 'Officer' },
    });
    await waitFor(() => target.received.length >= 2, 10_000, 'update push');
    await org.officer.ok(DELETE, { id: c.createContact.id });
    await waitFor(() => target.received.length >= 3, 10_000, 'delete push');
    await org.admin.ok(CREATE, { i: { firstName: 'Amy', lastName: 'Admin' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(paths().map((p) => p.replace('/', ''))).toEqual([
      'officer-create-update',
      'officer-create-update',
      'officer-delete',
    ]);
    const del = JSON.parse(target.received[2]?.body ?? '{}');
    expect(del).toMatchObject({ id: c.createContact.id, first: 'Bobby', rating: null });
    expect(JSON.parse(target.received[0]?.body ?? '{}')).toMatchObject({ first: 'Bob', rating: 3 });
    const runs = await org.officer.ok(
      `{ runs { totalCount items { trigger status recordLabel initiatedBy { id } connector { name } } } }`,
    );
    expect(runs.runs.items.map((r: { trigger: string }) => r.trigger)).toEqual([
      'ON_DELETE',
      'ON_UPDATE',
      'ON_CREATE',
    ]);
    // The name as pushed, kept after the record is gone.
    expect(runs.runs.items.map((r: { recordLabel: string }) => r.recordLabel)).toEqual([
      'Bobby Officer',
      'Bobby Officer',
      'Bob Officer',
    ]);
    expect(runs.runs.items[0].initiatedBy).toBeNull();
    await waitFor(
      async () =>
        (await org.admin.ok(`{ runs(status: SUCCESS) { totalCount } }`)).runs.totalCount === 3,
      10_000,
      'runs succeed',
    );
  });

  it('delivers rapid updates of one record in order, a retried push holding back the later ones', async () => {
    await org.admin.ok(CREATE_CONNECTOR, {
      i: connectorInput({
        name: 'ordered-flaky',
        roleIds: [org.officerRoleId],
        url: `${target.url}/flaky/ordered`,
        automationTriggers: ['ON_UPDATE'],
      }),
      p: true,
    });
    const id = (await org.officer.ok(CREATE, { i: { firstName: 'v0', lastName: 'Order' } }))
      .createContact.id;
    // Every run's first attempt gets a 503: later updates must wait for the retry, not overtake it.
    for (let v = 1; v <= 20; v++)
      await org.officer.ok(UPDATE, { id, i: { firstName: `v${v}`, lastName: 'Order' } });
    const seen = () =>
      target.received
        .filter((r) => r.path === '/flaky/ordered')
        .map((r) => Number((JSON.parse(r.body) as { first: string }).first.slice(1)));
    await waitFor(() => seen().length >= 40, 30_000, '20 pushes, each tried twice');
    expect(seen()).toEqual(Array.from({ length: 40 }, (_, i) => Math.floor(i / 2) + 1));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { Target, waitFor } from './helpers/target.js';

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id updatedAt } }`;
const RESULT = `query($id: ID!) { run(id: $id) { status error responseValue responseValueError
  attemptLog { responseValue responseValueError } } }`;
const READ_CONTACT = `query($id: ID!) { contact(id: $id) { updatedAt customFields { key value } } }`;
const MAPPING = `query($id: ID!) { connector(id: $id) { responseMapping { format responseKey delimiter writeBackField } } }`;

describe.each(DRIVERS)('response mapping (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Resp');
    for (const key of ['leadId', 'other'])
      await org.admin.ok(
        `mutation($k: String!) { defineCustomField(input: { entityType: CONTACT, key: $k, label: $k, type: STRING }) { key } }`,
        { k: key },
      );
    target.replies.set('/json', { type: 'application/json', body: '{"data":{"id":"L-100"}}' });
    target.replies.set('/xml', {
      type: 'application/xml',
      body: '<?xml version="1.0"?><r:Response xmlns:r="urn:crm"><r:Lead><r:Id>X-7</r:Id></r:Lead></r:Response>',
    });
    target.replies.set('/text', { type: 'text/plain', body: 'id=T-1|status=ok' });
    target.replies.set('/pos', { type: 'text/plain', body: 'OK,55,done' });
    target.replies.set('/bad-json', { type: 'text/html', body: '<html>down</html>' });
    target.replies.set('/nope', { type: 'text/plain', body: 'status=error' });
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  const connector = async (
    name: string,
    path: string,
    responseMapping: Record<string, unknown> | null,
    extra: Record<string, unknown> = {},
  ) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds: [org.officerRoleId],
          url: `${target.url}${path}`,
          responseMapping,
          ...extra,
        }),
        p: true,
      })
    ).createConnector.id as string;

  const contact = async () =>
    (await org.officer.ok(CONTACT, { i: { firstName: 'Re', lastName: 'Sult' } })).createContact as {
      id: string;
      updatedAt: string;
    };

  const push = async (connectorId: string, contactId: string) => {
    const { id } = (await org.officer.ok(TRIGGER, { c: connectorId, r: contactId })).triggerPush;
    await runEnded(org.officer, id);
    return (await org.officer.ok(RESULT, { id })).run;
  };

  it('reads a JSON dot path, an XML element path, a TEXT pair and a TEXT position', async () => {
    const c = await contact();
    const cases: [string, Record<string, unknown>, string][] = [
      ['/json', { format: 'JSON', responseKey: 'data.id' }, 'L-100'],
      ['/xml', { format: 'XML', responseKey: 'Response/Lead/Id' }, 'X-7'],
      ['/text', { format: 'TEXT', responseKey: 'STATUS', delimiter: '|' }, 'ok'],
      ['/pos', { format: 'TEXT', responseKey: '2' }, '55'],
    ];
    for (const [path, mapping, value] of cases) {
      const id = await connector(`Read ${path}`, path, mapping);
      const run = await push(id, c.id);
      expect(run).toMatchObject({
        status: 'SUCCESS',
        responseValue: value,
        responseValueError: null,
      });
      expect(run.attemptLog[0]).toEqual({ responseValue: value, responseValueError: null });
    }
  });

  it('says why nothing was read', async () => {
    const c = await contact();
    const bad = await connector('Bad JSON', '/bad-json', { format: 'JSON', responseKey: 'id' });
    expect(await push(bad, c.id)).toMatchObject({
      status: 'SUCCESS',
      responseValue: null,
      responseValueError: 'the response is not valid JSON',
    });
    const absent = await connector('Absent', '/json', { format: 'JSON', responseKey: 'data.x' });
    expect((await push(absent, c.id)).responseValueError).toBe(
      'data.x is not in the JSON response',
    );
    const none = await connector('No mapping', '/json', null);
    expect(await push(none, c.id)).toMatchObject({ responseValue: null, responseValueError: null });
  });

  it('judges a RESPONSE_VALUE criterion', async () => {
    const c = await contact();
    const criteria = [{ source: 'RESPONSE_VALUE', comparator: 'EQUALS', value: 'ok' }];
    const mapping = { format: 'TEXT', responseKey: 'status' };
    const good = await connector(
      'Value ok',
      '/text',
      { ...mapping, delimiter: '|' },
      {
        successCriteria: criteria,
      },
    );
    expect((await push(good, c.id)).status).toBe('SUCCESS');
    const failing = await connector('Value error', '/nope', mapping, { successCriteria: criteria });
    const run = await push(failing, c.id);
    expect(run.status).toBe('FAILURE');
    expect(run.responseValue).toBe('error');
    expect(run.error).toBe(
      'Success criterion failed: response value "error" does not equal "ok" (status 200)',
    );
  });

  it('writes a SUCCESS run’s value back without an update: no automation, updatedAt kept', async () => {
    const c = await contact();
    const before = (await org.officer.ok(READ_CONTACT, { id: c.id })).contact;
    const auto = await connector('On update', '/json', null, { automationTriggers: ['ON_UPDATE'] });
    const id = await connector('Write back', '/json', {
      format: 'JSON',
      responseKey: 'data.id',
      writeBackField: 'contact.custom.leadId',
    });
    expect((await push(id, c.id)).responseValue).toBe('L-100');
    const after = (await org.officer.ok(READ_CONTACT, { id: c.id })).contact;
    expect(after.customFields).toContainEqual({ key: 'leadId', value: 'L-100' });
    expect(after.updatedAt).toBe(before.updatedAt);
    const runs = await org.admin.ok(
      `query($c: ID) { runs(connectorId: $c, pageSize: 10) { totalCount } }`,
      { c: auto },
    );
    expect(runs.runs.totalCount).toBe(0);

    // A second value replaces the first and leaves the record's other custom fields alone.
    await org.officer.ok(
      `mutation($id: ID!) { updateContact(id: $id, input: { firstName: "Re", lastName: "Sult", customFields: [{ key: "other", value: "kept" }] }) { id } }`,
      { id: c.id },
    );
    await waitFor(async () => {
      const r = await org.admin.ok(
        `query($c: ID) { runs(connectorId: $c, pageSize: 10) { items { status } } }`,
        { c: auto },
      );
      return r.runs.items.length === 1 && r.runs.items[0].status === 'SUCCESS';
    });
    target.replies.set('/json2', { type: 'application/json', body: '{"data":{"id":"L-200"}}' });
    const second = await connector('Write back 2', '/json2', {
      format: 'JSON',
      responseKey: 'data.id',
      writeBackField: 'contact.custom.leadId',
    });
    await push(second, c.id);
    const fields = (await org.officer.ok(READ_CONTACT, { id: c.id })).contact.customFields;
    expect(fields).toEqual(
      expect.arrayContaining([
        { key: 'leadId', value: 'L-200' },
        { key: 'other', value: 'kept' },
      ]),
    );
    expect(fields.filter((f: { key: string }) => f.key === 'leadId')).toHaveLength(1);
  });

  it('succeeds when the record was deleted before the push ran', async () => {
    const c = await contact();
    const id = await connector('Held write back', '/hold', {
      format: 'JSON',
      responseKey: 'ok',
      writeBackField: 'contact.custom.leadId',
    });
    const { triggerPush } = await org.officer.ok(TRIGGER, { c: id, r: c.id });
    await waitFor(() => target.received.some((r) => r.path === '/hold'), 10_000, 'held push');
    await org.officer.ok(`mutation($id: ID!) { deleteContact(id: $id) }`, { id: c.id });
    target.release();
    const done = await runEnded(org.officer, triggerPush.id);
    expect(done.status).toBe('SUCCESS');
    expect((await org.officer.ok(RESULT, { id: triggerPush.id })).run.responseValue).toBe('true');
  });

  it('refuses a bad mapping naming each field, writing nothing', async () => {
    const input = connectorInput({
      name: 'Bad mapping',
      roleIds: [org.officerRoleId],
      url: `${target.url}/json`,
      successCriteria: [{ source: 'RESPONSE_VALUE', comparator: 'EQUALS', value: 'x' }],
    });
    const noMapping = await org.admin.fields(CREATE_CONNECTOR, { i: input });
    expect(noMapping).toEqual([
      {
        path: 'input.successCriteria.0.source',
        message: 'A Response value criterion needs a response mapping (Data Request > Response)',
      },
    ]);
    const bad = await org.admin.fields(CREATE_CONNECTOR, {
      i: {
        ...input,
        responseMapping: {
          format: 'JSON',
          responseKey: ' ',
          delimiter: ';',
          writeBackField: 'contact.firstName',
        },
      },
    });
    expect(bad.map((f: { path: string }) => f.path).sort()).toEqual([
      'input.responseMapping.delimiter',
      'input.responseMapping.responseKey',
      'input.responseMapping.writeBackField',
    ]);
    const list = await org.admin.ok(`{ connectors(pageSize: 100) { items { name } } }`);
    expect(list.connectors.items.map((c: { name: string }) => c.name)).not.toContain('Bad mapping');
  });

  it('keeps a mapping through reads and removes it on an update without one', async () => {
    const mapping = {
      format: 'TEXT',
      responseKey: 'id',
      delimiter: '|',
      writeBackField: 'contact.custom.leadId',
    };
    const id = await connector('Kept', '/text', mapping);
    expect((await org.admin.ok(MAPPING, { id })).connector.responseMapping).toEqual(mapping);
    await org.admin.ok(`mutation($id: ID!) { unpublishConnector(id: $id) { id } }`, {
      id,
    });
    await org.admin.ok(UPDATE_CONNECTOR, {
      id,
      i: connectorInput({ name: 'Kept', roleIds: [org.officerRoleId], url: `${target.url}/text` }),
    });
    expect((await org.admin.ok(MAPPING, { id })).connector.responseMapping).toBeNull();
  });
});

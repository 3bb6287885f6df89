import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import { runEnded } from './helpers/runs.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target } from './helpers/target.js';

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const ATTEMPTS = `query($id: ID!) { run(id: $id) { attemptLog {
  requestHeaders { name value } responseHeaders { name value } } } }`;

type Header = { name: string; value: string };
const asRecord = (list: Header[] | null) =>
  Object.fromEntries((list ?? []).map((h) => [h.name.toLowerCase(), h.value]));

describe.each(DRIVERS)('attempt headers (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Headers');
    target.replies.set('/in', {
      type: 'application/json',
      body: '{"ok":true}',
      headers: { 'x-request-id': 'req-7', 'set-cookie': 'sid=cookie-secret' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('keeps the request headers as sent, credentials redacted, and the response headers', async () => {
    const connector = (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name: 'Headers Shown',
          roleIds: [org.officerRoleId],
          url: `${target.url}/in`,
          authentication: { type: 'BASIC', username: 'u', passcode: 'pass-secret' },
          request: {
            url: `${target.url}/in`,
            method: 'POST',
            headers: [
              { key: 'X-Source', value: 'odc' },
              { key: 'X-Partner', value: 'partner-secret', secret: true },
            ],
            bodyTemplate: '{"id": "{{contact.id}}"}',
          },
        }),
        p: true,
      })
    ).createConnector.id as string;
    const contact = (await org.officer.ok(CONTACT, { i: { firstName: 'Hea', lastName: 'Ders' } }))
      .createContact.id as string;
    const run = (await org.officer.ok(TRIGGER, { c: connector, r: contact })).triggerPush.id;
    expect((await runEnded(org.officer, run)).status).toBe('SUCCESS');

    const [attempt] = (await org.officer.ok(ATTEMPTS, { id: run })).run.attemptLog as {
      requestHeaders: Header[];
      responseHeaders: Header[];
    }[];
    // What the target got is what the attempt shows, with the credentials redacted.
    const got = target.received.at(-1)!.headers;
    expect(got.authorization).toMatch(/^Basic /);
    expect(got['x-partner']).toBe('partner-secret');
    expect(asRecord(attempt!.requestHeaders)).toMatchObject({
      'x-source': 'odc',
      'x-partner': '[redacted]',
      authorization: '[redacted]',
      'idempotency-key': run,
      'content-type': 'application/json',
    });
    expect(asRecord(attempt!.responseHeaders)).toMatchObject({
      'x-request-id': 'req-7',
      'content-type': 'application/json',
      'set-cookie': '[redacted]',
    });
    const text = JSON.stringify(attempt);
    for (const secret of ['pass-secret', 'partner-secret', 'cookie-secret'])
      expect(text).not.toContain(secret);
  });
});

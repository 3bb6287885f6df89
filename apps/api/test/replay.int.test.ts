import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './helpers/client.js';
import { connectorInput, CREATE_CONNECTOR, UPDATE_CONNECTOR } from './helpers/fixtures.js';
import { makeOrg, type OrgUsers } from './helpers/org.js';
import {
  DRIVERS,
  freshDatabase,
  startTestServer,
  type TestDatabase,
  type TestServer,
} from './helpers/server.js';
import { Target, waitFor } from './helpers/target.js';

const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;
const REPLAY = `mutation($id: ID!) { replayRun(runId: $id) { id status trigger replayOf { id } initiatedBy { id } } }`;
const RUN = `query($id: ID!) { run(id: $id) { id status trigger requestBody requestUrl
  replayOf { id trigger } bulkJob { id } } }`;
const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { id } }`;
const REPLAY_FAILED = `mutation($c: ID!, $from: DateTime!, $to: DateTime!) {
  replayFailedRuns(connectorId: $c, from: $from, to: $to) { id kind status total queued } }`;
const JOB = `query($id: ID!) { bulkJob(id: $id) { id kind status total queued succeeded failed finishedAt
  connector { id } createdBy { id } } }`;
const OFF = `mutation($id: ID!) { unpublishConnector(id: $id) { id } }`;
const ON = `mutation($id: ID!) { publishConnector(id: $id) { id } }`;

describe.each(DRIVERS)('replays (%s)', (driver) => {
  let db: TestDatabase;
  let server: TestServer;
  let target: Target;
  let org: OrgUsers;
  let other: OrgUsers;
  let officerContact: string;
  let adminContact: string;

  const make = async (name: string, path: string, roleIds?: string[], extra = {}) =>
    (
      await org.admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({
          name,
          roleIds: roleIds ?? [org.officerRoleId, org.adminRoleId],
          url: `${target.url}${path}`,
          ...extra,
        }),
        p: true,
      })
    ).createConnector.id as string;
  const final = (c: Client, id: string) =>
    waitFor(
      async () => {
        const r = (await c.ok(RUN, { id })).run;
        return (r.status === 'SUCCESS' || r.status === 'FAILURE') && r;
      },
      15_000,
      `run ${id} final`,
    );
  const sent = (runId: string) =>
    target.received.filter((r) => r.headers['idempotency-key'] === runId);

  beforeAll(async () => {
    db = await freshDatabase(driver);
    server = await startTestServer(db.env);
    target = await new Target().start();
    org = await makeOrg(new Client(server.url), 'Replay');
    other = await makeOrg(new Client(server.url), 'Other');
    officerContact = (await org.officer.ok(CONTACT, { i: { firstName: 'Olive', lastName: 'O' } }))
      .createContact.id;
    adminContact = (await org.admin.ok(CONTACT, { i: { firstName: 'Ada', lastName: 'A' } }))
      .createContact.id;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await target?.close();
    await db?.drop();
  });

  it('pushes the run snapshot again with the current setup, under its own Idempotency-Key', async () => {
    const id = await make('Fix Me', '/reject');
    const first = (await org.officer.ok(TRIGGER, { c: id, r: officerContact })).triggerPush.id;
    expect((await final(org.officer, first)).status).toBe('FAILURE');
    // The record changes after the run; the template and URL are fixed afterwards.
    await org.officer.ok(UPDATE_CONTACT, {
      id: officerContact,
      i: { firstName: 'Changed', lastName: 'O' },
    });
    await org.admin.ok(OFF, { id });
    const fixed = connectorInput({
      name: 'Fix Me',
      roleIds: [org.officerRoleId, org.adminRoleId],
      url: `${target.url}/ok/fixed`,
      request: {
        url: `${target.url}/ok/fixed`,
        method: 'POST',
        headers: [],
        bodyTemplate: '{"fixed": true, "name": "{{contact.firstName}}"}',
      },
    });
    await org.admin.ok(UPDATE_CONNECTOR, { id, i: fixed, p: true });

    const replay = (await org.officer.ok(REPLAY, { id: first })).replayRun;
    expect(replay).toMatchObject({
      status: 'QUEUED',
      trigger: 'REPLAY',
      replayOf: { id: first },
      initiatedBy: { id: org.officerId },
    });
    const done = await final(org.officer, replay.id);
    expect(done).toMatchObject({
      status: 'SUCCESS',
      requestUrl: `${target.url}/ok/fixed`,
      replayOf: { id: first, trigger: 'MANUAL' },
      bulkJob: null,
    });
    // The record as it was in the first run, in the connector's current template.
    expect(JSON.parse(done.requestBody)).toEqual({ fixed: true, name: 'Olive' });
    const got = sent(replay.id);
    expect(got).toHaveLength(1);
    expect(got[0]!.path).toBe('/ok/fixed');
    expect(replay.id).not.toBe(first);
    expect(sent(first).every((r) => r.path === '/reject')).toBe(true);
  });

  it('lets MANAGE or a pushing role that sees the run replay it; CONFLICT when off or not final', async () => {
    const id = await make('Rules', '/ok');
    const adminOnly = await make('Admins', '/ok', [org.adminRoleId]);
    const officerRun = (await org.officer.ok(TRIGGER, { c: id, r: officerContact })).triggerPush.id;
    const adminRun = (await org.admin.ok(TRIGGER, { c: id, r: adminContact })).triggerPush.id;
    const adminOnlyRun = (await org.admin.ok(TRIGGER, { c: adminOnly, r: adminContact }))
      .triggerPush.id;
    for (const r of [officerRun, adminRun, adminOnlyRun]) await final(org.admin, r);

    // The officer (NONE) may push with Rules and sees its own record's run, not the admin's.
    expect((await org.officer.ok(REPLAY, { id: officerRun })).replayRun.trigger).toBe('REPLAY');
    expect(await org.officer.code(REPLAY, { id: adminRun })).toBe('NOT_FOUND');
    // The viewer (READ_ONLY) sees every run but its role may not push with Rules.
    expect(await org.viewer.code(REPLAY, { id: officerRun })).toBe('FORBIDDEN');
    // MANAGE replays any run of the organization, even of a connector its role is not in.
    expect((await org.admin.ok(REPLAY, { id: officerRun })).replayRun.replayOf.id).toBe(officerRun);
    expect(await other.admin.code(REPLAY, { id: officerRun })).toBe('NOT_FOUND');
    expect(await org.admin.code(REPLAY, { id: 'no-such-run' })).toBe('NOT_FOUND');

    const hold = await make('Hold', '/hold');
    const open = (await org.admin.ok(TRIGGER, { c: hold, r: adminContact })).triggerPush.id;
    expect(await org.admin.code(REPLAY, { id: open })).toBe('CONFLICT');
    await waitFor(() => sent(open).length === 1, 10_000, 'held push');
    expect(await org.admin.code(REPLAY, { id: open })).toBe('CONFLICT');
    target.release();
    await final(org.admin, open);
    await org.admin.ok(OFF, { id });
    expect(await org.admin.code(REPLAY, { id: officerRun })).toBe('CONFLICT');
    await org.admin.ok(ON, { id });
  });

  it('replays the FAILURE runs of a time window as one bulk job', async () => {
    const id = await make('Window', '/reject');
    const before = (await org.admin.ok(TRIGGER, { c: id, r: adminContact })).triggerPush.id;
    await final(org.admin, before);
    await new Promise((r) => setTimeout(r, 20));
    const from = new Date();
    const failed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = (await org.admin.ok(TRIGGER, { c: id, r: i % 2 ? officerContact : adminContact }))
        .triggerPush.id;
      failed.push(r);
      await final(org.admin, r);
    }
    const to = new Date(Date.now() + 10);
    await new Promise((r) => setTimeout(r, 20));

    const vars = { c: id, from: from.toISOString(), to: to.toISOString() };
    expect(await org.viewer.code(REPLAY_FAILED, vars)).toBe('FORBIDDEN');
    expect(await org.admin.fields(REPLAY_FAILED, { ...vars, to: vars.from })).toEqual([
      { path: 'to', message: 'To must be after from' },
    ]);
    await org.admin.ok(OFF, { id });
    expect(await org.admin.code(REPLAY_FAILED, vars)).toBe('CONFLICT');
    await org.admin.ok(ON, { id });

    const count = `query($c: ID!, $from: DateTime!, $to: DateTime!) {
      failedRunCount(connectorId: $c, from: $from, to: $to) }`;
    expect((await org.admin.ok(count, vars)).failedRunCount).toBe(3);
    const job = (await org.admin.ok(REPLAY_FAILED, vars)).replayFailedRuns;
    expect(job).toMatchObject({ kind: 'REPLAY', status: 'RUNNING', total: 3 });
    const done = await waitFor(
      async () => {
        const j = (await org.viewer.ok(JOB, { id: job.id })).bulkJob;
        return j.status === 'DONE' && j;
      },
      15_000,
      'replay job DONE',
    );
    expect(done).toMatchObject({
      total: 3,
      queued: 3,
      succeeded: 0,
      failed: 3,
      connector: { id },
      createdBy: { id: org.adminId },
    });
    expect(done.finishedAt).not.toBeNull();
    const runs = (
      await org.admin.ok(
        `query($c: ID!) { runs(connectorId: $c, pageSize: 50) { items { id trigger
          replayOf { id } bulkJob { id } } } }`,
        { c: id },
      )
    ).runs.items.filter((r: { trigger: string }) => r.trigger === 'REPLAY');
    expect(runs.map((r: { replayOf: { id: string } }) => r.replayOf.id).sort()).toEqual(
      [...failed].sort(),
    );
    expect(runs.every((r: { bulkJob: { id: string } }) => r.bulkJob.id === job.id)).toBe(true);
    // Each replay went out under its own key, and the run before the window was left alone.
    for (const r of runs) expect(sent(r.id)).toHaveLength(1);
    expect(sent(before)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenCache } from '../auth/token-cache.js';
import { createRateLimiter } from '../delivery/rate-limiter.js';
import { executePush, type PushDeps } from '../execute-push.js';
import { createHttpClient } from '../http/client.js';
import type { ConnectorDefinitionInput } from '../schema/connector.schema.js';
import { definition, withTimeout } from '../test-support/connector.js';
import { fakeClock, json, startTarget, type Handler } from '../test-support/target-server.js';
import type { RecordValues } from '../template/types.js';
import { createListCache } from './list-cache.js';

const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
let clock = fakeClock();
let deps: PushDeps;
let target: Awaited<ReturnType<typeof startTarget>>;
let handler: Handler;
/** What the target answers per path; /in (the push) answers 200 unless set. */
let routes: Record<string, Handler>;

beforeAll(async () => {
  target = await startTarget((req, res) => {
    const route = routes[req.url] ?? handler;
    return route(req, res);
  });
});
afterAll(async () => {
  await target.close();
  await http.close();
});
beforeEach(() => {
  target.received.length = 0;
  clock = fakeClock();
  handler = (_req, res) => json(res, 200, {});
  routes = {};
  deps = {
    http,
    tokens: createTokenCache({ clock }),
    lists: createListCache({ clock }),
    clock,
    random: () => 0.5,
  };
});

const STAFF = [
  { id: 7, email: 'someone@example.com' },
  { id: 8, email: 'Ann.Owner@EXAMPLE.com' },
];
const SOURCES = { items: [{ id: 'ls-1', name: 'Website' }] };

const contact: RecordValues = {
  'contact.firstName': 'Ann',
  'contact.owner.email': ' ann.owner@example.com ',
  'contact.leadSource': 'WEBSITE',
  'contact.owner.staffId': null,
  'contact.leadSourceId': null,
};

const CONTACT_BODY =
  '{"first": "{{contact.firstName}}", "staff": {{contact.owner.staffId}}, "source": {{contact.leadSourceId}}}';

/** A contact connector posting to /in, matching staff and/or lead sources on the target. */
function connector(overrides: Partial<ConnectorDefinitionInput> = {}) {
  return definition(`${target.url}/in`, {
    request: { url: `${target.url}/in`, method: 'POST', headers: [], bodyTemplate: CONTACT_BODY },
    ...overrides,
  });
}
const staffMatching = (settings: Record<string, unknown> = {}) => ({
  staff: { listUrl: `${target.url}/staff`, idField: 'id', emailField: 'email', ...settings },
});
const leadSourceMatching = (settings: Record<string, unknown> = {}) => ({
  leadSource: { listUrl: `${target.url}/ls`, idField: 'id', nameField: 'name', ...settings },
});

const push = (def: ReturnType<typeof connector>, values = contact, attempt = 1) =>
  executePush({ id: 'c1', definition: def }, values, { runId: 'run-1', attempt }, deps);
const hits = (path: string) => target.received.filter((r) => r.url === path);
const pushed = () => hits('/in').map((r) => JSON.parse(r.body) as Record<string, unknown>);

describe('staff matching', () => {
  beforeEach(() => {
    routes['/staff'] = (_req, res) => json(res, 200, STAFF);
  });

  it('sends the staff id of the owner email, compared trimmed and case-insensitively', async () => {
    const outcome = await push(connector({ matching: staffMatching() }));
    expect(outcome.status).toBe('SUCCESS');
    expect(pushed()).toEqual([{ first: 'Ann', staff: '8', source: null }]);
    const [list] = hits('/staff');
    expect(list).toMatchObject({ method: 'GET', body: '' });
    expect(list!.headers.accept).toBe('application/json');
    expect(list!.headers.authorization).toBeUndefined();
    expect(outcome.request.body).toBe('{"first": "Ann", "staff": "8", "source": null}');
  });

  it('sends null when no staff has the owner email, and asks nothing without an owner email', async () => {
    const def = connector({ matching: staffMatching() });
    await push(def, { ...contact, 'contact.owner.email': 'nobody@example.com' });
    expect(pushed()[0]!.staff).toBeNull();
    deps.lists = createListCache({ clock });
    await push(def, { ...contact, 'contact.owner.email': null });
    expect(pushed()[1]!.staff).toBeNull();
    expect(hits('/staff')).toHaveLength(1);
  });

  it('fetches the list once for two pushes, and again after 5 minutes', async () => {
    const def = connector({ matching: staffMatching() });
    await push(def);
    clock.advance(299_000);
    await push(def);
    expect(hits('/staff')).toHaveLength(1);
    clock.advance(2_000);
    await push(def);
    expect(hits('/staff')).toHaveLength(2);
    expect(pushed().map((b) => b.staff)).toEqual(['8', '8', '8']);
  });

  it('shares one list request among concurrent pushes', async () => {
    const def = connector({ matching: staffMatching() });
    const outcomes = await Promise.all([push(def), push(def), push(def)]);
    expect(outcomes.map((o) => o.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(hits('/staff')).toHaveLength(1);
  });

  it('fetches the list for every push when the host gives no list cache', async () => {
    delete deps.lists;
    const def = connector({ matching: staffMatching() });
    await push(def);
    await push(def);
    expect(hits('/staff')).toHaveLength(2);
  });

  it('reads item fields at dot paths, in a list under data', async () => {
    routes['/staff'] = (_req, res) =>
      json(res, 200, {
        total: 1,
        data: [{ user: { id: 'u-1' }, profile: { email: 'ANN.OWNER@example.com' } }],
      });
    await push(
      connector({ matching: staffMatching({ idField: 'user.id', emailField: 'profile.email' }) }),
    );
    expect(pushed()[0]!.staff).toBe('u-1');
  });

  it('reads a list longer than a push response may be (64 KiB)', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: i,
      email: `staff${i}@example.com`,
    }));
    routes['/staff'] = (_req, res) =>
      json(res, 200, [...many, { id: 'last', email: 'ann.owner@example.com' }]);
    await push(connector({ matching: staffMatching() }));
    expect(pushed()[0]!.staff).toBe('last');
  });

  it('fills loan.owner.staffId for a loan connector', async () => {
    const def = connector({
      entityType: 'LOAN',
      request: {
        url: `${target.url}/in`,
        method: 'POST',
        headers: [],
        bodyTemplate: '{"loan": "{{loan.id}}", "staff": {{loan.owner.staffId}}}',
      },
      matching: staffMatching(),
    });
    await push(def, { 'loan.id': 'L1', 'loan.owner.email': 'someone@example.com' });
    expect(pushed()).toEqual([{ loan: 'L1', staff: '7' }]);
  });
});

describe('lead source matching', () => {
  let created: number;
  beforeEach(() => {
    created = 0;
    routes['/ls'] = (_req, res) => json(res, 200, SOURCES);
    routes['/ls/new'] = (_req, res) => json(res, 201, { id: `new-${++created}` });
  });

  it('sends the id of the lead source named alike, compared case-insensitively', async () => {
    const outcome = await push(connector({ matching: leadSourceMatching() }));
    expect(outcome.status).toBe('SUCCESS');
    expect(pushed()).toEqual([{ first: 'Ann', staff: null, source: 'ls-1' }]);
    expect(hits('/ls')[0]).toMatchObject({ method: 'GET' });
  });

  it('creates a missing lead source with its name, sends the new id, and does not create it again', async () => {
    const def = connector({ matching: leadSourceMatching({ createUrl: `${target.url}/ls/new` }) });
    const values = { ...contact, 'contact.leadSource': ' Open House ' };
    expect((await push(def, values)).status).toBe('SUCCESS');
    const [create] = hits('/ls/new');
    expect(create).toMatchObject({ method: 'POST' });
    expect(create!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(create!.body)).toEqual({ name: 'Open House' });
    await push(def, { ...values, 'contact.leadSource': 'open house' });
    expect(hits('/ls/new')).toHaveLength(1);
    expect(hits('/ls')).toHaveLength(1);
    expect(pushed().map((b) => b.source)).toEqual(['new-1', 'new-1']);
  });

  it('posts the last segment of a dot-path name field and reads the created id under data', async () => {
    routes['/ls'] = (_req, res) => json(res, 200, { results: [] });
    routes['/ls/new'] = (_req, res) => json(res, 201, { data: { attributes: { key: 42 } } });
    const def = connector({
      matching: leadSourceMatching({
        idField: 'attributes.key',
        nameField: 'attributes.title',
        createUrl: `${target.url}/ls/new`,
      }),
    });
    await push(def);
    expect(JSON.parse(hits('/ls/new')[0]!.body)).toEqual({ title: 'WEBSITE' });
    await push(def);
    expect(pushed().map((b) => b.source)).toEqual(['42', '42']);
    expect(hits('/ls/new')).toHaveLength(1);
  });

  it('sends null for a missing lead source without a createUrl, and asks nothing for a blank one', async () => {
    const def = connector({ matching: leadSourceMatching() });
    await push(def, { ...contact, 'contact.leadSource': 'Referral' });
    await push(def, { ...contact, 'contact.leadSource': '  ' });
    expect(pushed().map((b) => b.source)).toEqual([null, null]);
    expect(hits('/ls')).toHaveLength(1);
    expect(hits('/ls/new')).toHaveLength(0);
  });

  it('fills loan.borrower.leadSourceId for a loan connector', async () => {
    const def = connector({
      entityType: 'LOAN',
      request: {
        url: `${target.url}/in`,
        method: 'POST',
        headers: [],
        bodyTemplate: '{"source": {{loan.borrower.leadSourceId}}}',
      },
      matching: leadSourceMatching(),
    });
    await push(def, { 'loan.borrower.leadSource': 'website' });
    expect(pushed()).toEqual([{ source: 'ls-1' }]);
  });

  it('fails when the create answers 2xx without an id, and lists again on the next attempt', async () => {
    routes['/ls/new'] = (_req, res) => json(res, 201, { ok: true });
    const def = connector({ matching: leadSourceMatching({ createUrl: `${target.url}/ls/new` }) });
    const values = { ...contact, 'contact.leadSource': 'Referral' };
    const outcome = await push(def, values);
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `lead source create request to ${target.url}/ls/new answered 201 without "id"`,
    });
    expect(hits('/in')).toHaveLength(0);
    await push(def, values);
    expect(hits('/ls')).toHaveLength(2);
  });

  it('retries a create answering 500', async () => {
    routes['/ls/new'] = (_req, res) => json(res, 500, {});
    const def = connector({ matching: leadSourceMatching({ createUrl: `${target.url}/ls/new` }) });
    const outcome = await push(def, { ...contact, 'contact.leadSource': 'Referral' });
    expect(outcome).toMatchObject({
      status: 'RETRY',
      reason: `lead source create request to ${target.url}/ls/new answered 500`,
    });
  });
});

describe('matching failures', () => {
  it('retries a staff list answering 503, after its Retry-After, naming the list URL', async () => {
    routes['/staff'] = (_req, res) => json(res, 503, {}, { 'retry-after': '120' });
    const outcome = await push(connector({ matching: staffMatching() }));
    expect(outcome).toMatchObject({
      status: 'RETRY',
      reason: `staff list request to ${target.url}/staff answered 503`,
      criteria: [],
    });
    expect(outcome.retryAt!.getTime() - clock.now()).toBe(120_000);
    expect(outcome.response).toBeUndefined();
    // The push request as rendered without matches; it was not sent.
    expect(outcome.request).toEqual({
      method: 'POST',
      url: `${target.url}/in`,
      headers: { 'content-type': 'application/json', 'idempotency-key': 'run-1' },
      body: '{"first": "Ann", "staff": null, "source": null}',
    });
    expect(hits('/in')).toHaveLength(0);
  });

  it('does not keep a failed list: the next attempt asks again', async () => {
    let calls = 0;
    routes['/staff'] = (_req, res) => (++calls === 1 ? json(res, 502, {}) : json(res, 200, STAFF));
    const def = connector({ matching: staffMatching() });
    expect((await push(def)).status).toBe('RETRY');
    expect((await push(def, contact, 2)).status).toBe('SUCCESS');
    expect(hits('/staff')).toHaveLength(2);
    expect(pushed()[0]!.staff).toBe('8');
  });

  it('gives up on a 5xx list when the attempts run out', async () => {
    routes['/staff'] = (_req, res) => json(res, 500, {});
    const outcome = await push(connector({ matching: staffMatching() }), contact, 3);
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `staff list request to ${target.url}/staff answered 500 (gave up after 3 attempts)`,
    });
  });

  it('fails a list answering 404 finally', async () => {
    routes['/ls'] = (_req, res) => json(res, 404, {});
    const outcome = await push(connector({ matching: leadSourceMatching() }));
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `lead source list request to ${target.url}/ls answered 404`,
    });
    expect(outcome.retryAt).toBeUndefined();
  });

  it('fails a list that is not JSON, or JSON without a list, saying so', async () => {
    routes['/staff'] = (_req, res) => void res.writeHead(200).end('<html>login</html>');
    const html = await push(connector({ matching: staffMatching() }));
    expect(html).toMatchObject({
      status: 'FAILURE',
      reason: `staff list from ${target.url}/staff is not a JSON list`,
    });
    routes['/staff'] = (_req, res) => json(res, 200, { count: 2 });
    const object = await push(connector({ matching: staffMatching() }));
    expect(object.reason).toBe(`staff list from ${target.url}/staff is not a JSON list`);
  });

  it('fails a matched item without the id field, naming the field', async () => {
    routes['/staff'] = (_req, res) => json(res, 200, [{ email: 'ann.owner@example.com' }]);
    const outcome = await push(connector({ matching: staffMatching({ idField: 'staffId' }) }));
    expect(outcome).toMatchObject({
      status: 'FAILURE',
      reason: `staff list from ${target.url}/staff has no "staffId" on the matching item`,
    });
  });

  it('retries a list that does not answer in time', async () => {
    routes['/staff'] = () => undefined;
    const outcome = await push(withTimeout(connector({ matching: staffMatching() }), 300));
    expect(outcome).toMatchObject({
      status: 'RETRY',
      reason: `staff list request to ${target.url}/staff failed: No response from 127.0.0.1:${target.port} within 300 ms`,
    });
  });

  it('keeps token-ish list URL parameters out of the reason', async () => {
    routes['/staff?api_key=s3cr3t&page=1'] = (_req, res) => json(res, 503, {});
    const outcome = await push(
      connector({
        matching: staffMatching({ listUrl: `${target.url}/staff?api_key=s3cr3t&page=1` }),
      }),
    );
    expect(outcome.reason).toBe(
      `staff list request to ${target.url}/staff?api_key=[redacted]&page=1 answered 503`,
    );
    expect(JSON.stringify(outcome)).not.toContain('s3cr3t');
  });
});

describe('matching: authentication and rate limit', () => {
  it('sends the BASIC credentials on the list and create requests', async () => {
    routes['/staff'] = (_req, res) => json(res, 200, STAFF);
    routes['/ls'] = (_req, res) => json(res, 200, []);
    routes['/ls/new'] = (_req, res) => json(res, 201, { id: 'n1' });
    const outcome = await push(
      connector({
        authentication: { type: 'BASIC', username: 'u', passcode: 'p@ss' },
        matching: {
          ...staffMatching(),
          ...leadSourceMatching({ createUrl: `${target.url}/ls/new` }),
        },
      }),
    );
    expect(outcome.status).toBe('SUCCESS');
    expect(pushed()).toEqual([{ first: 'Ann', staff: '8', source: 'n1' }]);
    const basic = `Basic ${Buffer.from('u:p@ss').toString('base64')}`;
    expect(target.received.map((r) => [r.url, r.headers.authorization])).toEqual([
      ['/staff', basic],
      ['/ls', basic],
      ['/ls/new', basic],
      ['/in', basic],
    ]);
  });

  it("sends the connector's own headers (an API key) on list requests", async () => {
    routes['/staff'] = (req, res) =>
      req.headers['x-api-key'] === 'k-1' ? json(res, 200, STAFF) : json(res, 403, {});
    const outcome = await push(
      connector({
        request: {
          url: `${target.url}/in`,
          method: 'POST',
          headers: [{ key: 'X-Api-Key', value: 'k-1' }],
          bodyTemplate: CONTACT_BODY,
        },
        matching: staffMatching(),
      }),
    );
    expect(outcome.status).toBe('SUCCESS');
    expect(hits('/staff')[0]!.headers['idempotency-key']).toBeUndefined();
    expect(pushed()[0]).toMatchObject({ staff: '8' });
  });

  it('sends the Bearer token on the list, and retries a 401 once with a fresh token', async () => {
    let issued = 0;
    routes['/token'] = (_req, res) => json(res, 200, { token: `t${++issued}` });
    routes['/staff'] = (req, res) =>
      req.headers.authorization === 'Bearer t2' ? json(res, 200, STAFF) : json(res, 401, {});
    const def = connector({
      authentication: {
        type: 'TOKEN',
        tokenUrl: `${target.url}/token`,
        tokenRequestBody: '{"user":"svc"}',
        accessTokenName: 'token',
      },
      matching: staffMatching(),
    });
    const outcome = await push(def);
    expect(outcome.status).toBe('SUCCESS');
    expect(hits('/staff').map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
    expect(hits('/in')[0]!.headers.authorization).toBe('Bearer t2');
  });

  it('reports a failing token endpoint as the push does', async () => {
    routes['/token'] = (_req, res) => json(res, 503, {});
    const outcome = await push(
      connector({
        authentication: {
          type: 'TOKEN',
          tokenUrl: `${target.url}/token`,
          tokenRequestBody: '{"user":"svc"}',
          accessTokenName: 'token',
        },
        matching: staffMatching(),
      }),
    );
    expect(outcome.status).toBe('RETRY');
    expect(outcome.reason).toMatch(/^token request to .*\/token answered 503/);
    expect(hits('/staff')).toHaveLength(0);
  });

  it('counts list requests against rateLimitPerMinute', async () => {
    routes['/staff'] = (_req, res) => json(res, 200, STAFF);
    deps.rateLimiter = createRateLimiter({ clock });
    const def = connector({
      matching: staffMatching(),
      delivery: { maxAttempts: 3, timeoutMs: 1000, rateLimitPerMinute: 2 },
    });
    await push(def);
    const second = push(def);
    await new Promise((r) => setTimeout(r, 100));
    expect(target.received.map((r) => r.url)).toEqual(['/staff', '/in']);
    clock.advance(60_000);
    const outcome = await second;
    expect(outcome.status).toBe('SUCCESS');
    expect(outcome.durationMs).toBe(0);
    expect(target.received.map((r) => r.url)).toEqual(['/staff', '/in', '/in']);
  });

  it('takes no slot for the push itself when the caller took it (pushSlotTaken)', async () => {
    routes['/staff'] = (_req, res) => json(res, 200, STAFF);
    const limiter = createRateLimiter({ clock });
    deps.rateLimiter = limiter;
    const def = connector({
      matching: staffMatching(),
      delivery: { maxAttempts: 3, timeoutMs: 1000, rateLimitPerMinute: 2 },
    });
    // The caller's slot for the push, then the list's: the minute is full, nothing waited.
    expect(await limiter.reserve('c1', 2)).toBe(0);
    const outcome = await executePush(
      { id: 'c1', definition: def },
      contact,
      { runId: 'run-1', attempt: 1, pushSlotTaken: true },
      deps,
    );
    expect(outcome.status).toBe('SUCCESS');
    expect(target.received.map((r) => r.url)).toEqual(['/staff', '/in']);
    expect(await limiter.reserve('c1', 2)).toBe(60_000);
  });
});

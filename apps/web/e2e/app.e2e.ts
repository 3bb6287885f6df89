import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  gql,
  isSubscribe,
  launchBrowser,
  shot,
  signIn,
  startProduct,
  subscribeSent,
  tokenOf,
  USERS,
  type Product,
} from './harness';

let product: Product;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** What Chromium reported as blocked by the Content Security Policy, on any page. */
const cspViolations: string[] = [];

async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

const tileNames = (page: Page) =>
  page
    .locator('.connector-tile')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-connector') ?? ''));

const next = (page: Page, section: string) =>
  page
    .locator('.setup-section', { has: page.getByRole('button', { name: section }) })
    .getByRole('button', { name: 'Next', exact: true })
    .click();

const menuItem = (page: Page, text: string) =>
  page.locator('.v-overlay--active .v-list-item', { hasText: text }).first();

const sortedCI = (names: string[]) =>
  [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

/** The loan officer pushes the first contact with the named connector; the run's id. */
async function pushAsOfficer(connector: string): Promise<{ officer: string; runId: string }> {
  const officer = await tokenOf(product.url, USERS.officer);
  const { contacts } = await gql<{ contacts: { items: { id: string }[] } }>(
    product.url,
    '{ contacts(pageSize: 1) { items { id } } }',
    {},
    officer,
  );
  const { pushConnectors } = await gql<{ pushConnectors: { id: string; name: string }[] }>(
    product.url,
    '{ pushConnectors(entityType: CONTACT) { id name } }',
    {},
    officer,
  );
  const target = pushConnectors.find((c) => c.name === connector);
  expect(target).toBeDefined();
  const { triggerPush } = await gql<{ triggerPush: { id: string } }>(
    product.url,
    'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
    { c: target!.id, r: contacts.items[0]!.id },
    officer,
  );
  return { officer, runId: triggerPush.id };
}

/**
 * As the admin, a contact connector posting bodyTemplate to url (for the first role, unpublished,
 * unless told); its id.
 */
async function createContactConnector(
  name: string,
  url: string,
  bodyTemplate: string,
  options: { role?: string; publish?: boolean } = {},
): Promise<string> {
  const admin = await tokenOf(product.url, USERS.admin);
  const { roles } = await gql<{ roles: { id: string; name: string }[] }>(
    product.url,
    '{ roles { id name } }',
    {},
    admin,
  );
  const role = roles.find((r) => !options.role || r.name === options.role) ?? roles[0]!;
  const { createConnector } = await gql<{ createConnector: { id: string } }>(
    product.url,
    'mutation($input: ConnectorInput!, $p: Boolean!) { createConnector(input: $input, publish: $p) { id } }',
    {
      p: options.publish ?? false,
      input: {
        name,
        entityType: 'CONTACT',
        roleIds: [role.id],
        authentication: { type: 'NONE' },
        request: { url, method: 'POST', bodyTemplate },
        successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
      },
    },
    admin,
  );
  return createConnector.id;
}

/** Starts a loopback target server; its base URL. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  ensureBuilt();
  product = await startProduct();
  browser = await launchBrowser();
  // Enough connectors for a second page of tiles (the seed has a few).
  for (let i = 1; i <= 8; i++)
    await createContactConnector(
      `Zeta ${String(i).padStart(2, '0')}`,
      `${product.url}/demo/echo`,
      '{"id": "{{contact.id}}"}',
    );
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await product?.stop();
});

describe('admin', () => {
  it('signs in and sees the tiles in alphabetical order with their user menu', async () => {
    const page = await newPage();
    await page.goto(`${product.url}/`);
    await page.waitForURL(/\/login/);
    await shot(page, '01-sign-in');
    await signIn(page, product.url, USERS.admin);
    await page.waitForURL(/\/connectors/);
    await page.locator('.connector-tile').first().waitFor();
    const names = await tileNames(page);
    expect(names).toHaveLength(9);
    expect(names).toEqual(sortedCI(names));
    await shot(page, '02-connectors-admin');
    await page.locator('[data-test="user-menu"]').click();
    await expect(page.locator('[data-test="user-role"]').textContent()).resolves.toContain(
      'Administrator',
    );
    await shot(page, '03-user-menu');
  });

  it('creates a connector through the form, saves and publishes it, and finds its tile', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('[data-test="create-connector"]').click();
    await page.waitForURL(/\/connectors\/new/);
    await shot(page, '04-setup-new');

    // Connector Basics
    await page.getByLabel('Name', { exact: true }).fill('Zeta 05 Relay');
    await page.getByRole('checkbox', { name: 'On creation' }).check();
    await page.locator('.v-select', { hasText: 'Role Access' }).click();
    await page.getByRole('option', { name: 'Administrator' }).click();
    await page.getByRole('option', { name: 'Loan Officer' }).click();
    await page.keyboard.press('Escape');
    await next(page, 'Connector Basics');

    // Authentication: Basic, with the passcode obscured until the eye is clicked
    await page.locator('.v-select', { hasText: 'Authentication Type' }).click();
    await page.getByRole('option', { name: 'Basic' }).click();
    await page.getByLabel('User Name').fill('demo');
    const passcode = page.getByLabel('Passcode', { exact: true });
    await passcode.fill('s3cret-pass');
    expect(await passcode.getAttribute('type')).toBe('password');
    await shot(page, '05-setup-auth');
    await next(page, 'Authentication');

    // Data Request
    await page.getByLabel('URL', { exact: true }).fill(`${product.url}/demo/echo`);
    await page.getByRole('button', { name: /Add Request Header/ }).click();
    await page.getByLabel('Key').first().fill('X-Test');
    await page.getByLabel('Value').first().fill('e2e');
    const body = page.getByLabel('Request Body');
    await body.fill('{"first": ');
    await page.getByRole('textbox', { name: 'Search fields' }).fill('first');
    await page.locator('.properties-picker .v-list-item').first().click();
    await body.press('End');
    await body.pressSequentially(', "id": "{{contact.id}}"}');
    await expect(body.inputValue()).resolves.toContain('{{contact.firstName}}');
    await page.getByLabel('Max Attempts').fill('3');
    await page.getByLabel('Rate Limit').fill('120');
    await shot(page, '06-setup-data-request');
    await next(page, 'Data Request');

    // Success Criteria: the default row (StatusCode Equals 200) is complete
    const checks = page.locator('.setup-section__header .text-success');
    await expect.poll(() => checks.count()).toBe(4);
    await shot(page, '07-setup-complete');
    await page.locator('[data-test="save-publish"]').click();
    await page.waitForURL(/\/connectors(\?.*)?$/);

    // Alphabetically it is the 10th tile: the first of page 2.
    await page.locator('.connector-tile[data-connector="Zeta 05"]').waitFor();
    expect((await tileNames(page)).at(-1)).toBe('Zeta 05');
    await page.getByRole('button', { name: /page 2/i }).click();
    await page.waitForURL(/page=2/);
    const tile = page.locator('.connector-tile[data-connector="Zeta 05 Relay"]');
    await tile.waitFor();
    await page.locator('.connector-tile[data-connector="Zeta 08"]').waitFor();
    const names = await tileNames(page);
    expect(names).toEqual(['Zeta 05 Relay', 'Zeta 06', 'Zeta 07', 'Zeta 08']);
    await expect(tile.locator('input[type="checkbox"]').isChecked()).resolves.toBe(true);
    await expect(tile.getByRole('button', { name: /^Edit/ }).count()).resolves.toBe(0);
    await expect(tile.getByRole('button', { name: /^View/ }).isEnabled()).resolves.toBe(true);
    await shot(page, '08-connectors-page-2');
    // Saved with the delivery policy chosen; the timeout kept its default.
    const { connectors } = await gql<{
      connectors: { items: { name: string; delivery: Record<string, number | null> }[] };
    }>(
      product.url,
      '{ connectors(pageSize: 100) { items { name delivery { maxAttempts timeoutMs rateLimitPerMinute } } } }',
      {},
      await tokenOf(product.url, USERS.admin),
    );
    expect(connectors.items.find((c) => c.name === 'Zeta 05 Relay')?.delivery).toEqual({
      maxAttempts: 3,
      timeoutMs: 10_000,
      rateLimitPerMinute: 120,
    });
  });

  it('shows a server error at its field and asks before an entity type change clears the form', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/new`);
    await page.getByLabel('Name', { exact: true }).fill('crm sync');
    await page.locator('.v-select', { hasText: 'Role Access' }).click();
    await page.getByRole('option', { name: 'Administrator' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Data Request' }).click();
    await page.getByLabel('URL', { exact: true }).fill(`${product.url}/demo/echo`);
    await page.getByLabel('Request Body').fill('{"id": "{{contact.id}}"}');
    await page.locator('[data-test="save"]').click();
    const nameField = page.locator('.v-input', { has: page.getByLabel('Name', { exact: true }) });
    await expect
      .poll(() => nameField.locator('.v-messages').textContent())
      .toMatch(/already exists/);
    await shot(page, '07b-setup-server-error');

    // On a loaded machine the menu can miss a click while it opens: choose again until asked.
    const change = page.getByRole('button', { name: 'Change and clear' });
    for (let i = 0; i < 3 && !(await change.isVisible()); i++) {
      await page.locator('.v-select', { hasText: 'Entity Type' }).click();
      await page.getByRole('option', { name: 'Loans' }).click();
      await change.waitFor({ timeout: 5000 }).catch(() => undefined);
    }
    await change.click();
    await expect(page.getByLabel('URL', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Request Body').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('crm sync');
  });

  it('saves a new connector before its first test, then tests it with a chosen record', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/new`);
    await page.getByLabel('Name', { exact: true }).fill('Webhook Trial');
    await page.locator('.v-select', { hasText: 'Role Access' }).click();
    await page.getByRole('option', { name: 'Administrator' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Data Request' }).click();
    await page.getByLabel('URL', { exact: true }).fill(`${product.url}/demo/echo/trial`);
    await page.getByLabel('Request Body').fill('{"email": "{{contact.email}}"}');
    await page.locator('[data-test="test-connector"]').click();
    await page.locator('[data-test="save-and-test"]').click();
    await page.waitForURL(/\/connectors\/[^/]+\/edit$/);
    const dialog = page.locator('[data-test="test-dialog"]');
    await dialog.waitFor();
    await dialog.locator('.v-autocomplete').click();
    await page.locator('.v-overlay--active .v-list-item').first().click();
    await dialog.locator('[data-test="run-test"]').click();
    const verdict = dialog.locator('[data-test="run-verdict"]');
    await verdict.waitFor({ timeout: 30_000 });
    await expect(verdict.textContent()).resolves.toContain('Success');
    await expect(dialog.locator('.run-details').textContent()).resolves.toContain('@example.com');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // Saved as Off, nothing changed since: leaving asks nothing.
    await page.getByRole('button', { name: 'All Connectors' }).click();
    await page.waitForURL(/\/connectors(\?.*)?$/);
  });

  it('sees a tile change live when a push finishes elsewhere', async () => {
    const page = await newPage();
    const live = subscribeSent(page, 'connectorChanged');
    await signIn(page, product.url, USERS.admin);
    const tile = page.locator('.connector-tile[data-connector="Gift Service"]');
    await tile.waitFor();
    await live;
    await pushAsOfficer('Gift Service');
    await tile.locator('[data-status="SUCCESS"]').waitFor({ timeout: 30_000 });
    await expect(tile.locator('.tile-last-run').textContent()).resolves.toMatch(
      /\d+\/\d+\/\d{2} - \d+:\d{2}/,
    );
    await shot(page, '08b-connectors-live-tile');
  });

  it('catches up on what it missed while its live connection was down', async () => {
    const page = await newPage();
    let connections = 0;
    let drop = () => {};
    let release = () => {};
    const released = new Promise<void>((ok) => (release = ok));
    let subscribed = () => {};
    const live = new Promise<void>((ok) => (subscribed = ok));
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (++connections === 1) {
        const server = ws.connectToServer();
        ws.onMessage((m) => {
          if (isSubscribe(m, 'connectorChanged')) subscribed();
          server.send(m);
        });
        drop = () => {
          void ws.close();
          void server.close();
        };
        return;
      }
      // A reconnect is held (what the page sends kept) until the push below has finished.
      const held: (string | Buffer)[] = [];
      let server: WebSocketRoute | null = null;
      ws.onMessage((m) => (server ? server.send(m) : held.push(m)));
      void released.then(() => {
        const s = ws.connectToServer();
        s.onMessage((m) => ws.send(m));
        held.forEach((m) => s.send(m));
        server = s;
      });
    });
    await signIn(page, product.url, USERS.admin);
    const tile = page.locator('.connector-tile[data-connector="Data Lake"]');
    await tile.waitFor();
    await live;
    expect(await tile.locator('[data-status]').count()).toBe(0);
    drop();
    const { officer, runId } = await pushAsOfficer('Data Lake');
    await expect
      .poll(async () => {
        const { run } = await gql<{ run: { status: string } }>(
          product.url,
          'query($id: ID!) { run(id: $id) { status } }',
          { id: runId },
          officer,
        );
        return run.status;
      })
      .toBe('SUCCESS');
    release();
    await tile.locator('[data-status="SUCCESS"]').waitFor({ timeout: 20_000 });
    expect(connections).toBeGreaterThan(1);
  });

  it('tests a connector from its setup page and sees request, response and verdict', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile[data-connector="CRM Sync"]').waitFor();
    await page
      .locator('.connector-tile[data-connector="CRM Sync"]')
      .getByRole('button', { name: /^Edit/ })
      .click();
    await page.waitForURL(/\/edit$/);
    await page.getByLabel('Name', { exact: true }).waitFor();
    await shot(page, '09-setup-edit');
    await page.locator('[data-test="test-connector"]').click();
    await page.locator('[data-test="run-test"]').click();
    const verdict = page.locator('[data-test="run-verdict"]');
    await verdict.waitFor({ timeout: 30_000 });
    await expect(verdict.textContent()).resolves.toMatch(/Success|Failure/);
    await shot(page, '10-test-dialog');
  });

  it('sets up staff and lead source matching and sees the matched ids in a test push', async () => {
    // A real target with staff and lead source lists; pushes answer 200.
    const target = createServer((req, res) => {
      const json = (v: unknown) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(v));
      if (req.url === '/staff')
        return json([
          { id: 'staff-1', email: 'ADMIN@demo.test' },
          { id: 'staff-2', email: 'officer@demo.test' },
        ]);
      if (req.url === '/sources')
        return json({
          items: ['Website', 'Referral', 'Open House', 'Zillow'].map((name, i) => ({
            id: `source-${i}`,
            name: name.toLowerCase(),
          })),
        });
      req.resume().on('end', () => json({ ok: true }));
    });
    const base = await listen(target);
    try {
      const connectorId = await createContactConnector(
        'Matching Trial',
        `${base}/push`,
        '{"staff": {{contact.owner.staffId}}, "source": {{contact.leadSourceId}}}',
      );
      const page = await newPage();
      await signIn(page, product.url, USERS.admin);
      await page.goto(`${product.url}/connectors/${connectorId}/edit`);
      await page.getByRole('button', { name: 'Data Request' }).click();
      await page.getByLabel(/Match the record's owner/).check();
      await page.getByLabel('Staff List URL').fill(`${base}/staff`);
      await page.getByLabel(/Match the lead source/).check();
      await page.getByLabel('Lead Source List URL').fill(`${base}/sources`);
      await shot(page, '09b-setup-matching');
      await page.locator('[data-test="save"]').click();
      await page.waitForURL(/\/connectors(\?.*)?$/);
      await page.goto(`${product.url}/connectors/${connectorId}/edit`);
      await expect.poll(() => page.getByLabel('Staff List URL').inputValue()).toBe(`${base}/staff`);
      await page.locator('[data-test="test-connector"]').click();
      const dialog = page.locator('[data-test="test-dialog"]');
      await dialog.locator('.v-autocomplete').click();
      await page.locator('.v-overlay--active .v-list-item').first().click();
      await dialog.locator('[data-test="run-test"]').click();
      const verdict = dialog.locator('[data-test="run-verdict"]');
      await verdict.waitFor({ timeout: 30_000 });
      await expect(verdict.textContent()).resolves.toContain('Success');
      const details = (await dialog.locator('.run-details').textContent()) ?? '';
      expect(details).toMatch(/"staff": "staff-[12]"/);
      expect(details).toMatch(/"source": "source-[0-3]"/);
    } finally {
      await new Promise((ok) => target.close(ok));
    }
  });

  it('reads a Result from each response: pasted headers, the mapping in the form, Test and a live Logs tab', async () => {
    const received: Record<string, string | string[] | undefined>[] = [];
    let n = 0;
    const target = createServer((req, res) => {
      received.push(req.headers);
      req
        .resume()
        .on('end', () =>
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ lead: { id: `LD-${++n}` } })),
        );
    });
    const base = await listen(target);
    try {
      const connectorId = await createContactConnector(
        'Response Trial',
        `${base}/push`,
        '{"id": "{{contact.id}}"}',
      );
      const page = await newPage();
      await signIn(page, product.url, USERS.admin);
      await page.goto(`${product.url}/connectors/${connectorId}/edit`);
      await page.getByRole('button', { name: 'Data Request' }).click();
      await page.locator('[data-test="paste-headers"]').click();
      await page
        .locator('[data-test="paste-headers-text"] textarea')
        .fill('X-Source: odc|X-Api-Key: k-secret-1');
      await expect
        .poll(() => page.locator('[data-test="paste-headers-count"]').textContent())
        .toContain('2 headers found');
      await page.locator('[data-test="paste-headers-add"]').click();
      // An API key header is secret by its name: write-only, shown like a passcode.
      const locks = page.locator('[data-test="header-secret"]');
      await expect.poll(() => locks.nth(1).getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => locks.nth(0).getAttribute('aria-pressed')).toBe('false');
      await page.getByLabel(/Read a value from each response/).check();
      await page.getByLabel('Response Key').fill('lead.id');
      await shot(page, '09c-setup-response');
      await page.locator('[data-test="save"]').click();
      await page.waitForURL(/\/connectors(\?.*)?$/);

      // The page follows this connector's runs live from its load on (the Test dialog's updates).
      const live = subscribeSent(page, 'runStatusChanged');
      await page.goto(`${product.url}/connectors/${connectorId}/edit`);
      await expect.poll(() => page.getByLabel('Response Key').inputValue()).toBe('lead.id');
      const stored = page.locator('.key-value-rows input[type="password"]');
      await expect.poll(() => stored.getAttribute('placeholder')).toContain('stored');
      await expect(stored.inputValue()).resolves.toBe('');
      await page.locator('[data-test="test-connector"]').click();
      const dialog = page.locator('[data-test="test-dialog"]');
      await dialog.locator('[data-test="run-test"]').click();
      const result = dialog.locator('[data-test="run-result"]');
      await result.waitFor({ timeout: 30_000 });
      await expect(result.textContent()).resolves.toContain('LD-1');
      expect(received[0]).toMatchObject({ 'x-source': 'odc', 'x-api-key': 'k-secret-1' });
      await shot(page, '10b-test-result');
      await dialog.getByRole('button', { name: 'Close' }).click();

      await page.locator('[data-test="logs-tab"]').click();
      await page.waitForURL(/tab=logs/);
      const results = page.locator('[data-test="log-result"]');
      await expect.poll(() => results.allTextContents()).toEqual(['LD-1']);
      await live;
      const admin = await tokenOf(product.url, USERS.admin);
      await gql(
        product.url,
        'mutation($id: ID!) { testConnector(id: $id) { id } }',
        { id: connectorId },
        admin,
      );
      await expect
        .poll(() => results.allTextContents(), { timeout: 15_000 })
        .toEqual(['LD-2', 'LD-1']);
      await shot(page, '10c-logs-tab');
    } finally {
      await new Promise((ok) => target.close(ok));
    }
  });

  it('asks before typed work is lost to a nav link, Back or a reload', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile').first().waitFor();
    // In the app (not a page load), so Back stays in the app.
    await page.getByText('Create New Connector').click();
    await page.waitForURL(/\/connectors\/new$/);
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Half Done');
    const beforeUnloadStops = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    await expect(beforeUnloadStops()).resolves.toBe(true);
    // A link in the nav: asked, and "Keep editing" keeps the form as it was.
    await page.getByRole('link', { name: 'Contacts' }).click();
    const dialog = page.locator('.v-overlay--active', { hasText: 'Discard your changes?' });
    await dialog.waitFor();
    await shot(page, '07c-setup-leave-asks');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(page.url()).toMatch(/\/connectors\/new$/);
    await expect(name.inputValue()).resolves.toBe('Half Done');
    // Back: asked again; Discard goes on.
    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await page.waitForURL(/\/connectors(\?.*)?$/);
    await expect(beforeUnloadStops()).resolves.toBe(false);
  });

  it('opens an On connector read-only from its tile and turns it off to edit it', async () => {
    const id = await createContactConnector('Always On', `${product.url}/demo/echo`, '{}', {
      publish: true,
    });
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    const tile = page.locator('.connector-tile[data-connector="Always On"]');
    await page.goto(`${product.url}/connectors`);
    // A long name ellipsizes and the switch keeps its width.
    await tile.waitFor();
    const switchBox = await tile.locator('.tile-switch').boundingBox();
    expect(switchBox?.width ?? 0).toBeGreaterThan(40);
    await tile.getByRole('button', { name: /^View/ }).click();
    await page.waitForURL(new RegExp(`/connectors/${id}$`));
    const name = page.getByLabel('Name', { exact: true });
    await name.waitFor();
    await expect(name.getAttribute('readonly')).resolves.not.toBeNull();
    await page.locator('[data-test="on-banner"]').waitFor();
    await shot(page, '09d-on-connector-read-only');
    await page.locator('[data-test="turn-off-to-edit"]').click();
    await page.locator('[data-test="confirm-turn-off"]').click();
    await page.waitForURL(/\/edit$/);
    await expect.poll(() => name.getAttribute('readonly')).toBeNull();
    await name.fill('Always On (edited)');
    await expect(page.locator('[data-test="save"]').isEnabled()).resolves.toBe(true);
  });

  it('sees a test end even when its live updates are lost on the way', async () => {
    // A real target that answers after a while, so the run is still open when the page asks.
    const target = createServer((_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 1500);
    });
    const base = await listen(target);
    try {
      const connectorId = await createContactConnector(
        'Slow Target',
        `${base}/slow`,
        '{"id": "{{contact.id}}"}',
      );
      const page = await newPage();
      // The socket stays up, but every run update on it is dropped before the page sees it.
      let dropped = 0;
      await page.routeWebSocket(/\/graphql$/, (ws) => {
        const server = ws.connectToServer();
        server.onMessage((m) => {
          if (String(m).includes('"runStatusChanged"')) dropped++;
          else ws.send(m);
        });
      });
      await signIn(page, product.url, USERS.admin);
      await page.goto(`${product.url}/connectors/${connectorId}/edit`);
      await page.getByLabel('Name', { exact: true }).waitFor();
      await page.locator('[data-test="test-connector"]').click();
      await page.locator('[data-test="run-test"]').click();
      const verdict = page.locator('[data-test="run-verdict"]');
      await verdict.waitFor({ timeout: 20_000 });
      await expect(verdict.textContent()).resolves.toMatch(/Success/);
      expect(dropped).toBeGreaterThan(0);
    } finally {
      await new Promise((ok) => target.close(ok));
    }
  });
});

describe('loan officer', () => {
  it('pushes a contact from its detail page and sees the run end in Success live', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.waitForURL(/\/contacts/);
    await page.locator('[data-test="contact-link"]').first().waitFor();
    await shot(page, '11-contacts');
    await page.locator('[data-test="contact-link"]').first().click();
    await page.waitForURL(/\/contacts\/[^/]+$/);
    await page.locator('[data-test="record-title"]').waitFor();
    await page.locator('[data-test="record-actions"]').click();
    const items = page.locator('[data-test="push-to"]');
    await items.first().waitFor();
    await shot(page, '12-contact-actions');
    await items.first().click();
    const card = page.locator('.push-run-card');
    await card.waitFor();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 30_000 }).toBe('SUCCESS');
    await shot(page, '13-contact-pushed');
    expect(await page.locator('a', { hasText: 'Outbound Data Connector' }).count()).toBe(0);
  });

  it('creates, edits and deletes a contact', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.getByRole('link', { name: 'Create Contact' }).click();
    await page.getByLabel('First name').fill('Greta');
    await page.getByLabel('Last name').fill('Lindqvist');
    await page.getByLabel('Email').fill('greta@example.com');
    await shot(page, '11b-contact-form');
    await page.locator('[data-test="save-record"]').click();
    await page.waitForURL(/\/contacts\/[^/]+$/);
    await expect(page.locator('[data-test="record-title"]').textContent()).resolves.toContain(
      'Greta Lindqvist',
    );
    await page.locator('[data-test="record-actions"]').click();
    await menuItem(page, 'Edit Contact').click();
    await page.waitForURL(/\/edit$/);
    await expect.poll(() => page.getByLabel('First name').inputValue()).toBe('Greta');
    await page.getByLabel('Phone').fill('555-0199');
    await page.locator('[data-test="save-record"]').click();
    await page.waitForURL(/\/contacts\/[^/]+$/);
    await page.getByText('555-0199').first().waitFor();
    await page.locator('[data-test="record-actions"]').click();
    await menuItem(page, 'Delete Contact').click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(/\/contacts(\?.*)?$/);
    await page.locator('[data-test="search"] input').fill('Lindqvist');
    await page.getByText('No contacts match').waitFor();
  });

  it('creates a loan with a borrower; a blank loan number stops at its field', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.goto(`${product.url}/loans`);
    await page.getByRole('link', { name: 'Create Loan' }).click();
    await page.waitForURL(/\/loans\/new$/);
    await page.locator('[data-test="save-record"]').click();
    await page.getByText('Required').waitFor();
    expect(page.url()).toMatch(/\/loans\/new$/);
    await page.getByLabel('Loan number').fill('LN-E2E-1');
    await page.getByLabel('Amount').fill('250000');
    await page.getByRole('combobox', { name: 'Borrower' }).click();
    await page.locator('.v-overlay--active .v-list-item').first().click();
    await shot(page, '15b-loan-form');
    await page.locator('[data-test="save-record"]').click();
    await page.waitForURL(/\/loans\/[^/]+$/);
    await expect(page.locator('[data-test="record-title"]').textContent()).resolves.toContain(
      'LN-E2E-1',
    );
  });

  it('sees a push wait while the endpoint asks to (429), then succeed', async () => {
    // A real endpoint: the first request gets 429 with Retry-After: 6, every later one 200.
    let hits = 0;
    const target = createServer((req, res) =>
      req
        .resume()
        .on('end', () =>
          ++hits === 1
            ? res.writeHead(429, { 'retry-after': '6' }).end('slow down')
            : res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
        ),
    );
    const base = await listen(target);
    try {
      await createContactConnector('Zz Busy Endpoint', `${base}/in`, '{"id": "{{contact.id}}"}', {
        role: 'Loan Officer',
        publish: true,
      });
      const { contacts } = await gql<{ contacts: { items: { id: string }[] } }>(
        product.url,
        '{ contacts(pageSize: 2) { items { id } } }',
        {},
        await tokenOf(product.url, USERS.officer),
      );
      // Another contact's page, its push menu open, before the endpoint asks to wait.
      const page = await newPage();
      await signIn(page, product.url, USERS.officer);
      await page.goto(`${product.url}/contacts/${contacts.items[1]!.id}`);
      await page.locator('[data-test="record-actions"]').click();
      const pushTo = page.locator('[data-test="push-to"]', { hasText: 'Zz Busy Endpoint' });
      await pushTo.waitFor();
      await pushAsOfficer('Zz Busy Endpoint'); // the first contact: its push gets the 429
      await expect.poll(() => hits, { timeout: 10_000 }).toBe(1);
      await pushTo.click();
      const card = page.locator('.push-run-card');
      await card.getByText('Waiting for its turn at the endpoint').waitFor({ timeout: 10_000 });
      await shot(page, '13b-contact-push-waits');
      await expect
        .poll(() => card.getAttribute('data-status'), { timeout: 30_000 })
        .toBe('SUCCESS');
    } finally {
      await new Promise((ok) => target.close(ok));
    }
  });

  it('pushes a loan from the Loans list, and sees the run history', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.goto(`${product.url}/loans`);
    await page.locator('[data-test="loan-link"]').first().waitFor();
    await page
      .getByRole('button', { name: /Actions for loan/ })
      .first()
      .click();
    await menuItem(page, 'Push to…').hover();
    const pushTo = page.locator('[data-test="push-to"]').first();
    await pushTo.waitFor();
    await shot(page, '14-loans');
    await pushTo.click();
    await expect
      .poll(() => page.locator('.push-run-card').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('SUCCESS');
    await shot(page, '14b-loans-pushed');
    await page.locator('[data-test="loan-link"]').first().click();
    await page.locator('[data-test="record-title"]').waitFor();
    await shot(page, '15-loan');
    const live = subscribeSent(page, 'runStatusChanged');
    await page.goto(`${product.url}/runs`);
    await page.locator('.v-data-table tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const rows = page.locator('.v-data-table tbody tr', { has: page.locator('[data-status]') });
    const before = await rows.count();
    await live;

    // A push elsewhere appears at the top and ends in Success without a reload.
    const officer = await tokenOf(product.url, USERS.officer);
    const { loans } = await gql<{
      loans: { items: { id: string; loanType: string; loanNumber: string }[] };
    }>(product.url, '{ loans(pageSize: 20) { items { id loanType loanNumber } } }', {}, officer);
    const { pushConnectors } = await gql<{ pushConnectors: { id: string }[] }>(
      product.url,
      '{ pushConnectors(entityType: LOAN) { id } }',
      {},
      officer,
    );
    const mortgage = loans.items.find((l) => l.loanType === 'MORTGAGE')!;
    await gql(
      product.url,
      'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
      { c: pushConnectors[0]!.id, r: mortgage.id },
      officer,
    );
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(before + 1);
    await rows.first().locator('[data-status="SUCCESS"]').waitFor({ timeout: 30_000 });
    // The record column names the loan pushed, by its number.
    await expect(rows.first().locator('[data-test="run-record"]').textContent()).resolves.toBe(
      mortgage.loanNumber,
    );
    await rows.first().click();
    await page.locator('.run-details').waitFor();
    await shot(page, '16-runs');
  });
});

describe('viewer', () => {
  it('sees View buttons, disabled switches and a disabled Create button', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.viewer);
    await page.waitForURL(/\/connectors/);
    await page.locator('.connector-tile').first().waitFor();
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^View/ }).count()).toBe(9);
    const switches = page.locator('.connector-tile input[type="checkbox"]');
    expect(await switches.count()).toBe(9);
    for (const s of await switches.all()) expect(await s.isDisabled()).toBe(true);
    expect(await page.locator('[data-test="create-connector"]').isDisabled()).toBe(true);
    await shot(page, '17-connectors-viewer');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '17b-connectors-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page
      .locator('.connector-tile[data-connector="Data Lake"]')
      .getByRole('button', { name: /^View/ })
      .click();
    await page.waitForURL(/\/connectors\/[^/]+$/);
    const name = page.getByLabel('Name', { exact: true });
    await name.waitFor();
    expect(await page.locator('[data-test="save"]').count()).toBe(0);
    // Every input is read-only: typing and clicking change nothing.
    expect(await name.isEditable()).toBe(false);
    const onCreation = page.getByLabel('On creation');
    const wasChecked = await onCreation.isChecked();
    await onCreation.click({ force: true });
    expect(await onCreation.isChecked()).toBe(wasChecked);
    await shot(page, '18-setup-view');
    await page.getByRole('button', { name: 'Authentication' }).click();
    const user = page.getByLabel('User Name');
    await user.waitFor();
    expect(await user.isEditable()).toBe(false);
    expect(await page.getByLabel('Passcode', { exact: true }).isEditable()).toBe(false);
    await shot(page, '18b-setup-view-auth');
  });
});

describe('accessibility', () => {
  it('every page passes an axe scan with no serious or critical violation', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile').first().waitFor();
    const { connectors } = await gql<{ connectors: { items: { id: string }[] } }>(
      product.url,
      '{ connectors(pageSize: 1) { items { id } } }',
      {},
      await tokenOf(product.url, USERS.admin),
    );
    const pages: [string, string][] = [
      ['connectors', '/connectors'],
      ['setup (new)', '/connectors/new'],
      ['setup (edit)', `/connectors/${connectors.items[0]!.id}/edit`],
      ['logs', `/connectors/${connectors.items[0]!.id}/edit?tab=logs`],
      ['contacts', '/contacts'],
      ['loans', '/loans'],
      ['run history', '/runs'],
    ];
    const found: string[] = [];
    for (const [name, path] of pages) {
      await page.goto(`${product.url}${path}`);
      await page.locator('main h1, main .v-card').first().waitFor();
      await page.waitForLoadState('networkidle');
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations)
        if (v.impact === 'serious' || v.impact === 'critical')
          found.push(
            `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 100)} ${(n.failureSummary ?? '').slice(0, 200)}`).join(' | ')}`,
          );
    }
    const login = await newPage();
    await login.goto(`${product.url}/login`);
    await login.getByLabel('Email').waitFor();
    for (const v of (await new AxeBuilder({ page: login }).analyze()).violations)
      if (v.impact === 'serious' || v.impact === 'critical') found.push(`login: ${v.id}`);
    expect(found).toEqual([]);
  });
});

describe('sessions', () => {
  it('point 8: Sign out everywhere sends this tab and another signed-in tab to sign-in', async () => {
    const here = await newPage();
    const there = await newPage();
    for (const page of [here, there]) {
      await signIn(page, product.url, USERS.viewer);
      await page.waitForURL(/\/connectors/);
      await page.locator('.connector-tile').first().waitFor();
    }
    await here.locator('[data-test="user-menu"]').click();
    await here.locator('[data-test="sign-out-everywhere"]').click();
    await here.waitForURL(/\/login/);
    // The other tab's live socket closes (4401): it goes to sign-in without a reload.
    await there.waitForURL(/\/login/);
    await signIn(there, product.url, USERS.viewer);
    await there.waitForURL(/\/connectors/);
  });
});

describe('security headers (issue 16 point 16)', () => {
  it('serves the app with a CSP, and nothing any page did was blocked by it', async () => {
    const res = await fetch(`${product.url}/`, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // Runs last: every page of the suite above (sign-in, forms, live updates over ws) ran under it.
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile').first().waitFor();
    expect(cspViolations).toEqual([]);
  });
});

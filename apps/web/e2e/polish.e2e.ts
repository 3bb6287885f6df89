import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  gql,
  newPage,
  pick,
  product,
  SCREENSHOTS,
  signIn,
  startNewConnector,
  settled,
  startProduct,
  subscribeSent,
  tokenOf,
  USERS,
  useProduct,
  openSection,
} from './harness';

// Issue 17: leave guards on record forms, headers in Test and run details, loading and layout,
// form polish, status chips, owner picker, an expired live socket. Screenshots at 1440x900 and
// 390x844 go to SHOTS.
useProduct();

const SHOTS = process.env.SHOTS_DIR ?? join(SCREENSHOTS, 'polish');

/** Screenshots the page at desktop and phone width. */
async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}-1440.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

const beforeUnloadStops = (page: Page) =>
  page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });

describe('record forms', () => {
  it('asks before typed work on a contact or loan form is lost, and says Saved after a save', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.getByRole('link', { name: 'Create Contact' }).click();
    await page.waitForURL(/\/contacts\/new$/);
    await page.getByLabel('First name').fill('Half');
    await expect(beforeUnloadStops(page)).resolves.toBe(true);
    await page.getByRole('link', { name: 'Loans' }).click();
    const dialog = page.locator('.v-overlay--active', { hasText: 'Discard your changes?' });
    await dialog.waitFor();
    await shots(page, 'contact-form-leave-asks');
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(page.getByLabel('First name').inputValue()).resolves.toBe('Half');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await page.waitForURL(/\/contacts(\?.*)?$/);

    // A loan: Back asks too; a saved form leaves without asking and says so.
    await page.goto(`${product.url}/loans`);
    await page.getByRole('link', { name: 'Create Loan' }).click();
    await page.waitForURL(/\/loans\/new$/);
    await page.getByLabel('Loan number').fill('LN-GUARD-1');
    await expect(beforeUnloadStops(page)).resolves.toBe(true);
    await page.goBack();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(page.getByLabel('Loan number').inputValue()).resolves.toBe('LN-GUARD-1');
    await page.locator('[data-test="save-record"]').click();
    await page.waitForURL(/\/loans\/[^/]+$/);
    await expect(page.locator('[data-test="notice"]').textContent()).resolves.toContain(
      'Loan saved',
    );
    await expect(beforeUnloadStops(page)).resolves.toBe(false);
  });

  it('lets a MANAGE user pick the owner of a contact; a loan officer has no picker', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/contacts/new`);
    await page.getByLabel('First name').fill('Olga');
    await page.getByLabel('Last name').fill('Owned');
    await page.locator('[data-test="owner-picker"]').click();
    await page.locator('.v-overlay--active .v-list-item', { hasText: 'Owen Officer' }).click();
    await shots(page, 'contact-form-owner');
    await page.locator('[data-test="save-record"]').click();
    await page.waitForURL(
      (u) => /\/contacts\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'),
    );
    const id = page.url().split('/').at(-1)!;
    const { contact } = await gql<{ contact: { owner: { name: string } } }>(
      product.url,
      'query($id: ID!) { contact(id: $id) { owner { name } } }',
      { id },
      await tokenOf(product.url, USERS.admin),
    );
    expect(contact.owner.name).toBe('Owen Officer');

    const officer = await newPage();
    await signIn(officer, product.url, USERS.officer);
    await officer.goto(`${product.url}/loans/new`);
    await officer.getByLabel('Loan number').waitFor();
    expect(await officer.locator('[data-test="owner-picker"]').count()).toBe(0);
  });
});

/** As the admin, an Off contact connector with Basic auth and a secret header, to the demo echo. */
async function connectorWithCredentials(name: string): Promise<string> {
  const admin = await tokenOf(product.url, USERS.admin);
  const { roles } = await gql<{ roles: { id: string }[] }>(
    product.url,
    '{ roles { id } }',
    {},
    admin,
  );
  const { createConnector } = await gql<{ createConnector: { id: string } }>(
    product.url,
    'mutation($input: ConnectorInput!) { createConnector(input: $input, publish: false) { id } }',
    {
      input: {
        name,
        entityType: 'CONTACT',
        roleIds: [roles[0]!.id],
        authentication: { type: 'BASIC', username: 'demo', passcode: 'pass-e2e' },
        request: {
          url: `${product.url}/demo/echo/headers`,
          method: 'POST',
          headers: [
            { key: 'X-Source', value: 'e2e' },
            { key: 'X-Partner', value: 'partner-e2e', secret: true },
          ],
          bodyTemplate: '{"id": "{{contact.id}}"}',
        },
        successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
      },
    },
    admin,
  );
  return createConnector.id;
}

describe('headers', () => {
  it('shows the request headers as sent (credentials redacted) and the response headers, in Test and in run details', async () => {
    const id = await connectorWithCredentials('Header Check');
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/${id}/edit`);
    await page.getByLabel('Name', { exact: true }).waitFor();
    await page.locator('[data-test="test-connector"]').click();
    const dialog = page.locator('[data-test="test-dialog"]');
    await dialog.locator('[data-test="run-test"]').click();
    await dialog.locator('[data-test="run-verdict"]').waitFor({ timeout: 30_000 });
    const sent = dialog.locator('[data-test="request-headers"]');
    await expect.poll(() => sent.textContent(), { timeout: 15_000 }).toContain('x-source: e2e');
    const sentText = (await sent.textContent()) ?? '';
    expect(sentText).toContain('authorization: [redacted]');
    expect(sentText).toContain('x-partner: [redacted]');
    expect(sentText).toMatch(/idempotency-key: [0-9a-f-]{36}/);
    const got = (await dialog.locator('[data-test="response-headers"]').textContent()) ?? '';
    expect(got).toContain('content-type: application/json');
    // The demo echo reflects the headers it got, credentials redacted there too.
    const details = (await dialog.locator('.run-details').textContent()) ?? '';
    expect(details).not.toContain('partner-e2e');
    expect(details).not.toContain(Buffer.from('demo:pass-e2e').toString('base64'));
    await shots(page, 'test-dialog-headers');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.goto(`${product.url}/runs?connector=${id}`);
    await page.locator('.v-data-table tbody tr [data-status="SUCCESS"]').first().click();
    const row = page.locator('.run-details');
    await row.waitFor();
    await expect
      .poll(() => row.locator('[data-test="request-headers"]').textContent())
      .toContain('authorization: [redacted]');
    await shots(page, 'run-details-headers');
  });
});

describe('setup form polish', () => {
  it('clears a criterion error as its value is typed, keeps the Token URL error clear of the next label, and says Saved', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await startNewConnector(page, 'Polish Check');
    await openSection(page, 'Authentication');
    await pick(page, 'Authentication Type', 'Token');
    await page.getByLabel('Token URL').fill('not a url');
    await openSection(page, 'Success Criteria');
    await settled(page);
    await page.getByRole('button', { name: /Add Success Criteria/ }).click();
    const rows = page.locator('.criterion-row');
    await expect.poll(() => rows.count(), { message: 'the added criterion row' }).toBe(2);
    await page.locator('[data-test="save"]').click();

    // The Token URL's error sits above the next field's label, not over it.
    const tokenUrl = page.locator('.v-input', { has: page.getByLabel('Token URL') });
    const message = tokenUrl.locator('.v-messages__message');
    await message.waitFor();
    const nextLabel = page
      .locator('.v-input', { has: page.getByLabel('Token Expiration Time') })
      .locator('.v-field-label--floating');
    const messageBox = (await message.boundingBox())!;
    const labelBox = (await nextLabel.boundingBox())!;
    expect(messageBox.y + messageBox.height).toBeLessThanOrEqual(labelBox.y);
    await shots(page, 'setup-token-url-error');

    // A criterion value: its "must not be blank" goes as soon as a value is typed, before any blur.
    // Source, Comparator, Value: the third input of the row.
    expect(await rows.count(), 'criterion rows after the save').toBe(2);
    const cell = rows.nth(1).locator('.v-input').nth(2);
    const value = cell.getByLabel('Value');
    await expect
      .poll(() => cell.locator('.v-messages').textContent())
      .toContain('must not be blank');
    await value.pressSequentially('201');
    await expect.poll(() => cell.locator('.v-messages').textContent()).toBe('');
    expect(await value.evaluate((el) => el === document.activeElement)).toBe(true);

    // Fixed and saved: the list says so.
    await page.getByLabel('Token URL').fill(`${product.url}/demo/echo/token`);
    await page.getByLabel('Token Request Body').fill('{"client": "e2e"}');
    await page.getByLabel('Access Token Name').fill('access_token');
    // Save opened every section still missing something, Data Request among them.
    await page.getByLabel('URL', { exact: true }).fill(`${product.url}/demo/echo`);
    await page.getByLabel('Request Body', { exact: true }).fill('{"id": "{{contact.id}}"}');
    await page.locator('[data-test="save"]').click();
    await page.waitForURL(/\/connectors(\?.*)?$/);
    await expect(page.locator('[data-test="notice"]').textContent()).resolves.toContain(
      'Polish Check saved',
    );
    await shots(page, 'connectors-saved-notice');
  });
});

describe('loading, layout and status', () => {
  it('has an app-shell loader in the page itself, skeleton tiles while loading, a progress bar on navigation, and no jump after sign-in', async () => {
    const html = await (
      await fetch(`${product.url}/`, { headers: { accept: 'text/html' } })
    ).text();
    expect(html).toContain('data-test="app-shell"');

    // A slow link: the shell shows before any script has run.
    const page = await newPage();
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      // The page may have moved on meanwhile (the request then was already answered or cancelled).
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${product.url}/login`, { waitUntil: 'commit' });
    await page.locator('[data-test="app-shell"]').waitFor();
    await shots(page, 'app-shell-loader');
    await page.unroute(/\/assets\/.*\.js$/);
    await page.getByLabel('Email').waitFor({ timeout: 30_000 });

    // Sign in: the content starts beside the drawer and stays there.
    await page.getByLabel('Email').fill(USERS.admin);
    await page.getByLabel('Password', { exact: true }).fill('demo-password');
    let held = false;
    let release = () => {};
    const connectorsHeld = new Promise<void>((ok) => (release = ok));
    await page.route(/\/graphql$/, async (route) => {
      if (!held && /query Connectors/.test(route.request().postData() ?? '')) {
        held = true;
        await connectorsHeld;
      }
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/connectors/);
    const heading = page.getByRole('heading', { name: 'Outbound Data Connector' });
    await heading.waitFor();
    const firstX = (await heading.boundingBox())!.x;
    // Skeleton tiles while the connectors load.
    await page.locator('[data-test="tile-skeleton"]').first().waitFor();
    await shots(page, 'connectors-skeleton');
    release();
    await page.locator('.connector-tile').first().waitFor();
    await page.waitForTimeout(800);
    expect((await heading.boundingBox())!.x).toBe(firstX);
    expect(firstX).toBeGreaterThanOrEqual(256);

    // An in-app navigation whose page code is slow to come shows the bar.
    await page.route(/\/assets\/RunsPage-.*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('link', { name: 'Run history' }).click();
    await page.locator('[data-test="nav-progress"]').waitFor();
    await page.waitForURL(/\/runs/);
    await expect.poll(() => page.locator('[data-test="nav-progress"]').count()).toBe(0);
  });

  it('shows run statuses with colour, icon and one casing', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/runs`);
    const chip = page.locator('.v-data-table tbody [data-status]').first();
    await chip.waitFor();
    expect(await chip.locator('.v-icon, .v-progress-circular').count()).toBe(1);
    const labels = await page.locator('.v-data-table tbody [data-status]').allTextContents();
    for (const l of labels) expect(l.trim()).toMatch(/^(Queued|Running|Retrying|Success|Failure)$/);
  });
});

describe('live socket', () => {
  it('sends the user to sign-in when the live socket closes because the token expired', async () => {
    const page = await newPage();
    let expire = () => {};
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      const server = ws.connectToServer();
      // What the API does when a socket's token expires (live-sockets.ts): close with 4401.
      expire = () => void ws.close({ code: 4401, reason: 'Token expired' });
      void server;
    });
    const live = subscribeSent(page, 'connectorChanged');
    await signIn(page, product.url, USERS.admin);
    await page.locator('.connector-tile').first().waitFor();
    await live;
    expire();
    await page.waitForURL(/\/login/);
    expect(page.url()).toContain('next=');
  });
});

describe('demo', () => {
  it('shows the product working on a fresh demo: tiles with last runs, two weeks of run history', async () => {
    const demo = await startProduct({ activity: true });
    try {
      const page = await newPage();
      await signIn(page, demo.url, USERS.admin);
      await page.locator('.connector-tile').first().waitFor();
      const statuses = await page.locator('.connector-tile [data-status]').count();
      expect(statuses).toBeGreaterThanOrEqual(5);
      await page
        .locator('.connector-tile[data-connector="Strict Partner"] [data-status="FAILURE"]')
        .waitFor();
      await shots(page, 'demo-connectors');
      await page.goto(`${demo.url}/runs`);
      await page.locator('.v-data-table tbody [data-status]').first().waitFor();
      expect(await page.locator('.v-data-table tbody [data-status]').count()).toBeGreaterThan(5);
      await shots(page, 'demo-runs');
    } finally {
      await demo.stop();
    }
  });
});

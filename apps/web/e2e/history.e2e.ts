import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  gql,
  launchBrowser,
  signIn,
  startProduct,
  subscribeSent,
  tokenOf,
  USERS,
  type Product,
  openSection,
} from './harness';

// Issue 15 parts 1 and 2 in Chromium: a connector's History tab (compare, restore) and a tile that
// turns itself off after failed pushes in a row.

const SHOTS = process.env.SHOTS_DIR ?? join(process.cwd(), 'e2e/screenshots');
const SECRETS = ['pass-ONE', 'pass-TWO', 'key-ONE', 'key-TWO'];

let product: Product;
let browser: Browser;
let target: Server;
let targetUrl: string;
let admin: string;
const contexts: BrowserContext[] = [];

async function newPage(width = 1440, height = 900): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The machine is shared: give the page time. */
const poll = <T>(check: () => T | Promise<T>) =>
  expect.poll(check, { timeout: 15_000, interval: 100 });

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(350);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const CREATE = `mutation($i: ConnectorInput!, $p: Boolean!) { createConnector(input: $i, publish: $p) { id } }`;
const UPDATE = `mutation($id: ID!, $i: ConnectorInput!) { updateConnector(id: $id, input: $i) { id } }`;

/** A BASIC contact connector with a secret header: version ONE or TWO of its setup. */
async function input(name: string, n: 'ONE' | 'TWO', extra: Record<string, unknown> = {}) {
  const { roles } = await gql<{ roles: { id: string }[] }>(
    product.url,
    '{ roles { id } }',
    {},
    admin,
  );
  return {
    name,
    entityType: 'CONTACT',
    roleIds: [roles[0]!.id],
    authentication: { type: 'BASIC', username: 'ann', passcode: `pass-${n}` },
    request: {
      url: `${targetUrl}/in/${n.toLowerCase()}`,
      method: 'POST',
      headers: [{ key: 'X-Api-Key', value: `key-${n}`, secret: true }],
      bodyTemplate: '{"id": "{{contact.id}}"}',
    },
    successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
    ...extra,
  };
}

beforeAll(async () => {
  ensureBuilt();
  product = await startProduct();
  browser = await launchBrowser();
  // 500 under /down, 200 elsewhere.
  target = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(req.url?.startsWith('/down') ? 500 : 200).end('{}'));
  });
  await new Promise<void>((ok) => target.listen(0, '127.0.0.1', ok));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  admin = await tokenOf(product.url, USERS.admin);
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await product?.stop();
  await new Promise((r) => target?.close(r));
});

describe('connector history', () => {
  it('compares two versions side by side with secrets hidden, and restores one', async () => {
    const { createConnector } = await gql<{ createConnector: { id: string } }>(
      product.url,
      CREATE,
      { i: await input('Audit Trail', 'ONE'), p: false },
      admin,
    );
    const id = createConnector.id;
    await gql(
      product.url,
      UPDATE,
      {
        id,
        i: await input('Audit Trail', 'TWO', {
          delivery: { retryOn: ['409', '5xx'], pauseAfterFailures: 20 },
        }),
      },
      admin,
    );

    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/${id}/edit`);
    await page.locator('[data-test="history-tab"]').click();
    await poll(() => new URL(page.url()).searchParams.get('tab')).toBe('history');
    const versions = page.locator('[data-test="versions"]');
    await poll(() => versions.locator('[data-version]').count()).toBe(2);
    expect(await versions.locator('[data-version]').first().getAttribute('data-version')).toBe('2');
    const latest = versions.locator('[data-version="2"]');
    await poll(() => latest.innerText()).toContain('Ada');
    expect(await latest.innerText()).toMatch(/Changed .*URL/);
    expect(await versions.locator('[data-version="1"]').innerText()).toContain('First version');

    // Version 1 against version 2, side by side.
    const diff = page.locator('[data-test="version-diff"]');
    const row = (path: string) => diff.locator(`tr[data-path="${path}"]`);
    await poll(() => row('request.url').count()).toBe(1);
    expect(await row('request.url').locator('.diff-before').innerText()).toBe(
      `${targetUrl}/in/one`,
    );
    expect(await row('request.url').locator('.diff-after').innerText()).toBe(`${targetUrl}/in/two`);
    expect(await row('authentication.passcode').locator('td').allInnerTexts()).toEqual([
      'authentication.passcode',
      '(secret)',
      '(secret)',
    ]);
    expect(await row('delivery.pauseAfterFailures').locator('.diff-after').innerText()).toBe('20');
    const text = await page.locator('body').innerText();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    await shot(page, 'history-desktop');

    // Restore version 1: asked first, saved as version 3, still Off.
    await page.locator('[data-test="restore-1"]').click();
    await poll(() => page.getByRole('dialog').innerText()).toContain('Restore version 1?');
    await shot(page, 'history-restore-dialog');
    await page.locator('[data-test="confirm-restore"]').click();
    await poll(() => page.locator('[data-test="restored"]').innerText()).toContain(
      'Version 1 restored as version 3',
    );
    await poll(() => versions.locator('[data-version]').count()).toBe(3);
    await poll(() => versions.locator('[data-version="3"]').innerText()).toContain('Current');
    // The compare follows the new latest: version 2 -> 3 undoes the URL change.
    await poll(() => row('request.url').locator('.diff-after').innerText()).toBe(
      `${targetUrl}/in/one`,
    );
    // The setup form shows the restored setup.
    await page.getByRole('tab', { name: 'Setup' }).click();
    await openSection(page, 'Data Request');
    await poll(() => page.getByLabel('URL', { exact: true }).inputValue()).toBe(
      `${targetUrl}/in/one`,
    );
    // Published, a push authenticates with the restored passcode.
    const { publishConnector } = await gql<{ publishConnector: { version: number } }>(
      product.url,
      'mutation($id: ID!) { publishConnector(id: $id) { version } }',
      { id },
      admin,
    );
    expect(publishConnector.version).toBe(3);

    const mobile = await newPage(390, 844);
    await signIn(mobile, product.url, USERS.admin);
    await mobile.goto(`${product.url}/connectors/${id}?tab=history`);
    await poll(() =>
      mobile.locator('[data-test="versions"]').locator('[data-version]').count(),
    ).toBe(3);
    await shot(mobile, 'history-mobile');
  });

  it('shows the retry and pause settings in the Delivery part of the form', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/new`);
    await openSection(page, 'Data Request');
    const retryOn = page.locator('[data-test="retry-on"]');
    await poll(() => retryOn.innerText()).toContain('5xx');
    expect(await retryOn.innerText()).toContain('408');
    await page.locator('[data-test="pause-after"]').locator('input').fill('0');
    await page.locator('[data-test="save"]').click();
    await poll(() => page.locator('[data-test="pause-after"]').innerText()).toContain(
      'Pause after failures must be between 1 and 1000',
    );
    await page.locator('[data-test="pause-after"]').locator('input').fill('20');
    await page.locator('[data-test="retry-on"]').scrollIntoViewIfNeeded();
    await shot(page, 'delivery-rules');
  });
});

describe('automatic pause', () => {
  it('tells a manager live, and the tile says Paused and why', async () => {
    const { createConnector } = await gql<{ createConnector: { id: string } }>(
      product.url,
      CREATE,
      {
        i: {
          ...(await input('Failing Feed', 'ONE')),
          request: {
            url: `${targetUrl}/down`,
            method: 'POST',
            bodyTemplate: '{"id": "{{contact.id}}"}',
          },
          authentication: { type: 'NONE' },
          delivery: { maxAttempts: 1, pauseAfterFailures: 2 },
        },
        p: true,
      },
      admin,
    );
    const id = createConnector.id;
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    const live = subscribeSent(page, 'connectorChanged');
    await page.goto(`${product.url}/connectors`);
    const tile = page.locator('.connector-tile[data-connector="Failing Feed"]');
    await tile.waitFor();
    await live;
    expect(await tile.locator('[data-test="paused"]').count()).toBe(0);

    const { contacts } = await gql<{ contacts: { items: { id: string }[] } }>(
      product.url,
      '{ contacts(pageSize: 1) { items { id } } }',
      {},
      admin,
    );
    for (let i = 0; i < 2; i++)
      await gql(
        product.url,
        'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
        { c: id, r: contacts.items[0]!.id },
        admin,
      );
    const reason = 'Turned off after 2 failed pushes in a row; the last: HTTP 500';
    await poll(() => page.locator('[data-test="paused-notice"]').innerText()).toContain(
      'Failing Feed turned itself off.',
    );
    expect(await page.locator('[data-test="paused-notice"]').innerText()).toContain(reason);
    await poll(() => tile.locator('[data-test="paused"]').innerText()).toContain('Paused');
    expect(await tile.locator('.tile-paused-reason').innerText()).toBe(reason);
    expect(await tile.getByRole('switch').isChecked()).toBe(false);
    await shot(page, 'paused-desktop');

    // The connector's page says so too, until it is turned on again.
    await page.goto(`${product.url}/connectors/${id}`);
    await poll(() => page.locator('[data-test="paused-banner"]').innerText()).toContain(reason);

    const mobile = await newPage(390, 844);
    await signIn(mobile, product.url, USERS.admin);
    await mobile.goto(`${product.url}/connectors`);
    await mobile
      .locator('.connector-tile[data-connector="Failing Feed"] [data-test="paused"]')
      .waitFor();
    await mobile.locator('.connector-tile[data-connector="Failing Feed"]').scrollIntoViewIfNeeded();
    await shot(mobile, 'paused-mobile');

    await tile.page().goto(`${product.url}/connectors`);
    await tile.getByRole('switch').click();
    await poll(() => tile.locator('[data-test="paused"]').count()).toBe(0);
  });
});

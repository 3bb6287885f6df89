import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  gql,
  launchBrowser,
  SCREENSHOTS,
  signIn,
  startProduct,
  tokenOf,
  USERS,
  type Product,
} from './harness';

// Replays and bulk pushes on the connector page, against a loopback target of this test.
/** Screenshots: e2e/screenshots/bulk, or SHOTS_DIR. */
const SHOTS = process.env.SHOTS_DIR ?? join(SCREENSHOTS, 'bulk');
let product: Product;
let browser: Browser;
let target: Server;
let targetUrl = '';
let admin = '';
/** /flip answers 400 until fixed; /slow answers 200 after 800 ms. */
let fixed = false;
const contexts: BrowserContext[] = [];

async function newPage(width = 1440, height = 900): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(350);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function connector(name: string, path: string, rateLimitPerMinute: number | null = null) {
  const { roles } = await gql<{ roles: { id: string }[] }>(
    product.url,
    '{ roles { id } }',
    {},
    admin,
  );
  const { createConnector } = await gql<{ createConnector: { id: string } }>(
    product.url,
    `mutation($input: ConnectorInput!) { createConnector(input: $input, publish: true) { id } }`,
    {
      input: {
        name,
        entityType: 'CONTACT',
        roleIds: roles.map((r) => r.id),
        authentication: { type: 'NONE' },
        request: {
          url: `${targetUrl}${path}`,
          method: 'POST',
          bodyTemplate: '{"id": "{{contact.id}}"}',
        },
        successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
        delivery: { maxAttempts: 1, rateLimitPerMinute },
      },
    },
    admin,
  );
  return createConnector.id;
}

beforeAll(async () => {
  ensureBuilt();
  target = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/flip')) return res.writeHead(fixed ? 200 : 400).end('{}');
      setTimeout(() => res.writeHead(200).end('{}'), 800);
    });
  });
  await new Promise<void>((ok) => target.listen(0, '127.0.0.1', ok));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
  product = await startProduct();
  browser = await launchBrowser();
  admin = await tokenOf(product.url, USERS.admin);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await product?.stop();
  target?.closeAllConnections();
  await new Promise((r) => target?.close(r));
});

describe('replay and bulk push', () => {
  it('replays a failed run from the Logs and replays failures with their count first', async () => {
    const id = await connector('Flip Target', '/flip');
    const { contacts } = await gql<{ contacts: { items: { id: string }[] } }>(
      product.url,
      '{ contacts(pageSize: 3) { items { id } } }',
      {},
      admin,
    );
    for (const c of contacts.items)
      await gql(
        product.url,
        'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
        { c: id, r: c.id },
        admin,
      );
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/${id}?tab=logs`);
    const rows = page.locator('.v-data-table__tr', { hasText: 'Failure' });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    fixed = true; // the target is fixed: replays now succeed
    await rows
      .first()
      .getByRole('button', { name: /Details of the run/ })
      .click();
    await page.locator('[data-test="replay-run"]').click();
    await page.locator('[data-test="replay-done"]').waitFor();
    await expect
      .poll(() => page.locator('.v-data-table__tr', { hasText: 'Replay' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expect
      .poll(() => page.locator('.v-data-table__tr', { hasText: 'Success' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await snap(page, 'replay-run-1440');

    await page.locator('[data-test="replay-failures"]').click();
    const dialog = page.locator('[data-test="replay-failures-dialog"]');
    await expect
      .poll(() => dialog.locator('[data-test="replay-failures-count"]').textContent())
      .toContain('3 failed runs');
    await snap(page, 'replay-failures-dialog-1440');
    await dialog.locator('[data-test="confirm-replay-failures"]').click();
    const job = page.locator('[data-test="bulk-job"]').first();
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 20_000 }).toBe('DONE');
    await expect
      .poll(() => job.locator('[data-test="bulk-counts"]').textContent())
      .toContain('3 of 3 queued · 3 succeeded · 0 failed');
    await snap(page, 'replay-failures-done-1440');
  });

  it('pushes all records with live progress and cancels', async () => {
    // 6 a minute: a window of one run at a time, so the progress is slow enough to watch.
    const id = await connector('Slow Target', '/slow', 6);
    const { bulkPushCount } = await gql<{ bulkPushCount: number }>(
      product.url,
      'query($c: ID!) { bulkPushCount(connectorId: $c) }',
      { c: id },
      admin,
    );
    expect(bulkPushCount).toBeGreaterThan(5);
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/${id}`);
    await page.locator('[data-test="push-all"]').click();
    const dialog = page.locator('[data-test="push-all-dialog"]');
    await expect
      .poll(() => dialog.locator('[data-test="push-all-count"]').textContent())
      .toContain(`selects ${bulkPushCount} records`);
    await dialog.locator('[data-test="bulk-search"] input').fill('zzz-nobody');
    await expect
      .poll(() => dialog.locator('[data-test="push-all-count"]').textContent())
      .toContain('selects 0 records');
    expect(await dialog.locator('[data-test="confirm-push-all"]').isDisabled()).toBe(true);
    await dialog.locator('[data-test="bulk-search"] input').fill('');
    await expect
      .poll(() => dialog.locator('[data-test="push-all-count"]').textContent())
      .toContain(`selects ${bulkPushCount} records`);
    await snap(page, 'push-all-dialog-1440');
    await dialog.locator('[data-test="confirm-push-all"]').click();
    await page.waitForURL(/tab=logs/);
    const job = page.locator('[data-test="bulk-job"]').first();
    await expect
      .poll(() => job.locator('[data-test="bulk-counts"]').textContent(), {
        timeout: 15_000,
      })
      .toMatch(/[1-9]\d* succeeded/);
    expect(await job.getAttribute('data-status')).toBe('RUNNING');
    await snap(page, 'push-all-progress-1440');
    await job.locator('[data-test="bulk-cancel"]').click();
    await page.getByRole('button', { name: 'Cancel job' }).click();
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 15_000 }).toBe('CANCELLED');
    const text = (await job.locator('[data-test="bulk-counts"]').textContent()) ?? '';
    const queued = Number(/(\d+) of/.exec(text)?.[1]);
    expect(queued).toBeLessThan(bulkPushCount);
    await snap(page, 'push-all-cancelled-1440');

    const phone = await newPage(390, 844);
    await signIn(phone, product.url, USERS.admin);
    await phone.goto(`${product.url}/connectors/${id}?tab=logs`);
    await phone.locator('[data-test="bulk-job"]').first().waitFor();
    await snap(phone, 'push-all-cancelled-390');
    await phone.locator('[data-test="push-all"]').click();
    await phone.locator('[data-test="push-all-dialog"]').waitFor();
    await snap(phone, 'push-all-dialog-390');
  });

  it('says a running job waits while its connector is off, and not once it is on', async () => {
    const id = await connector('Paused Target', '/slow', 6);
    const { bulkPush } = await gql<{ bulkPush: { id: string } }>(
      product.url,
      'mutation($c: ID!) { bulkPush(connectorId: $c) { id } }',
      { c: id },
      admin,
    );
    const turn = (verb: 'publishConnector' | 'unpublishConnector') =>
      gql(product.url, `mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, admin);
    await turn('unpublishConnector');
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/connectors/${id}?tab=logs`);
    const job = page.locator(`[data-job="${bulkPush.id}"]`);
    await job.waitFor();
    expect(await job.getAttribute('data-status')).toBe('RUNNING');
    await expect
      .poll(() => job.locator('[data-test="bulk-waiting"]').textContent())
      .toContain('waiting: the connector is off');
    await snap(page, 'push-all-waiting-1440');
    await turn('publishConnector');
    await page.reload();
    await job.waitFor();
    expect(await job.getAttribute('data-status')).toBe('RUNNING');
    expect(await job.locator('[data-test="bulk-waiting"]').count()).toBe(0);
    await job.locator('[data-test="bulk-cancel"]').click();
    await page.getByRole('button', { name: 'Cancel job' }).click();
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 15_000 }).toBe('CANCELLED');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  gql,
  launchBrowser,
  shot,
  signIn,
  startProduct,
  subscribeSent,
  tokenOf,
  USERS,
  type Product,
} from './harness';

// Issue 15 point 3 (run search, the Logs chart) and issue 17 point 5 (a record's runs).
let product: Product;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(width = 1440, height = 900): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const rows = (page: Page, scope = '') =>
  page.locator(`${scope} .v-data-table tbody tr`, { has: page.locator('[data-status]') });

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Today in the browser's terms (the date inputs' YYYY-MM-DD). */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** As the officer: a contact (its creation pushes to Gift Service, ON_CREATE); its id. */
async function createContact(firstName: string, lastName: string): Promise<string> {
  const officer = await tokenOf(product.url, USERS.officer);
  const { createContact } = await gql<{ createContact: { id: string } }>(
    product.url,
    'mutation($i: ContactInput!) { createContact(input: $i) { id } }',
    { i: { firstName, lastName } },
    officer,
  );
  return createContact.id;
}

beforeAll(async () => {
  ensureBuilt();
  product = await startProduct();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await product?.stop();
});

describe('run search', () => {
  it('searches runs by text, trigger and dates, all kept in the URL', async () => {
    await createContact('Quentin', 'Quasimodo');
    await createContact('Other', 'Person');
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/runs`);
    await rows(page).first().waitFor();
    await expect.poll(() => rows(page).count()).toBeGreaterThanOrEqual(2);

    await page.locator('[data-test="run-search"] input').fill('quasim');
    await expect.poll(() => query(page).q).toBe('quasim');
    await expect.poll(() => rows(page).count()).toBe(1);
    await expect(
      rows(page).first().locator('[data-test="run-record"]').textContent(),
    ).resolves.toBe('Quentin Quasimodo');

    await page.locator('[data-test="trigger-filter"]').click();
    await page.locator('.v-overlay--active .v-list-item', { hasText: 'On creation' }).click();
    await expect.poll(() => query(page).trigger).toBe('ON_CREATE');
    await page.locator('[data-test="from-filter"] input').fill(today());
    await page.locator('[data-test="to-filter"] input').fill(today());
    await expect.poll(() => query(page)).toMatchObject({ from: today(), to: today() });
    await expect.poll(() => rows(page).count()).toBe(1);
    await shot(page, 'runs-search-1440');

    // A reload (or a shared link) shows the same search.
    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(1);
    await expect(page.locator('[data-test="run-search"] input').inputValue()).resolves.toBe(
      'quasim',
    );
    // Manual runs of it: none.
    await page.locator('[data-test="trigger-filter"]').click();
    await page.locator('.v-overlay--active .v-list-item', { hasText: 'Manual' }).click();
    await expect.poll(() => query(page).trigger).toBe('MANUAL');
    await page.getByText('No run matches these filters.').waitFor();
    // Days before today: none.
    const phone = await newPage(390, 844);
    await signIn(phone, product.url, USERS.admin);
    await phone.goto(`${product.url}/runs?q=quasim&to=2020-01-01`);
    await phone.getByText('No run matches these filters.').waitFor();
    await phone.goto(`${product.url}/runs?q=quasim`);
    await expect.poll(() => rows(phone).count()).toBe(1);
    await shot(phone, 'runs-search-390');
  });

  it("lists a contact's runs live, opens their details, and follows a save's pushes", async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.officer);
    await page.getByRole('link', { name: 'Create Contact' }).click();
    await page.getByLabel('First name').fill('Rosa');
    await page.getByLabel('Last name').fill('Recordpage');
    await page.locator('[data-test="save-record"]').click();
    await page.waitForURL(/\/contacts\/[^/]+$/);
    // The save's automatic push (Gift Service, on creation) gets a card like a manual push.
    const card = page.locator('.push-run-card');
    await card.first().waitFor();
    await expect
      .poll(() => card.first().getAttribute('data-status'), { timeout: 30_000 })
      .toBe('SUCCESS');
    await expect(card.first().textContent()).resolves.toContain('Pushed to Gift Service');
    const list = page.locator('[data-test="record-runs"]');
    const mine = rows(page, '[data-test="record-runs"]');
    await expect.poll(() => mine.count()).toBe(1);
    await expect(mine.first().textContent()).resolves.toContain('On creation');
    await shot(page, 'record-runs-1440');

    // A push started elsewhere shows up live; a row opens its details.
    const live = subscribeSent(page, 'runStatusChanged');
    await page.reload();
    await mine.first().waitFor();
    await live;
    const officer = await tokenOf(product.url, USERS.officer);
    const { pushConnectors } = await gql<{ pushConnectors: { id: string; name: string }[] }>(
      product.url,
      '{ pushConnectors(entityType: CONTACT) { id name } }',
      {},
      officer,
    );
    const recordId = page.url().split('/').pop()!;
    await gql(
      product.url,
      'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
      { c: pushConnectors.find((c) => c.name === 'Data Lake')!.id, r: recordId },
      officer,
    );
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(2);
    await mine.first().locator('[data-status="SUCCESS"]').waitFor({ timeout: 30_000 });
    await expect(mine.first().textContent()).resolves.toContain('Data Lake');
    // A reload is not a save: no cards.
    expect(await card.count()).toBe(0);
    await mine.first().click();
    await list.locator('.run-details').waitFor();
    await expect(list.locator('.run-details').textContent()).resolves.toContain('Request');

    const phone = await newPage(390, 844);
    await signIn(phone, product.url, USERS.officer);
    await phone.goto(page.url());
    await rows(phone, '[data-test="record-runs"]').first().waitFor();
    await shot(phone, 'record-runs-390');
  });

  it("lists a loan's runs on its page", async () => {
    const admin = await tokenOf(product.url, USERS.admin);
    const { loans } = await gql<{ loans: { items: { id: string; loanType: string }[] } }>(
      product.url,
      '{ loans(pageSize: 20) { items { id loanType } } }',
      {},
      admin,
    );
    const { pushConnectors } = await gql<{ pushConnectors: { id: string }[] }>(
      product.url,
      '{ pushConnectors(entityType: LOAN) { id } }',
      {},
      admin,
    );
    const loan = loans.items.find((l) => l.loanType === 'MORTGAGE')!;
    await gql(
      product.url,
      'mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }',
      { c: pushConnectors[0]!.id, r: loan.id },
      admin,
    );
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.goto(`${product.url}/loans/${loan.id}`);
    const mine = rows(page, '[data-test="record-runs"]');
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(1);
    await mine.first().locator('[data-status]').waitFor();
    await shot(page, 'loan-runs-1440');
  });

  it("draws the connector's last 14 days on its Logs tab", async () => {
    await createContact('Chart', 'Drawn'); // a Gift Service run today, whatever ran before
    const admin = await tokenOf(product.url, USERS.admin);
    const { connectors } = await gql<{ connectors: { items: { id: string; name: string }[] } }>(
      product.url,
      '{ connectors(pageSize: 20) { items { id name } } }',
      {},
      admin,
    );
    const gift = connectors.items.find((c) => c.name === 'Gift Service')!;
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    // Chart.js is not part of the first load: it comes with the Logs tab.
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${product.url}/connectors/${gift.id}/edit`);
    await page.locator('[data-test="logs-tab"]').click();
    await page.waitForURL(/tab=logs/);
    const chart = page.locator('[data-test="run-chart"] canvas');
    await chart.waitFor();
    expect(scripts.some((s) => /RunChart/.test(s))).toBe(true);
    await expect(page.locator('[data-test="connector-stats"]').textContent()).resolves.toMatch(
      /[1-9]\d* succeeded/,
    );
    const box = await chart.boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    // Something was drawn: the canvas is not blank.
    const inked = await chart.evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    });
    expect(inked).toBeGreaterThan(1000);
    await shot(page, 'logs-chart-1440');
    const phone = await newPage(390, 844);
    await signIn(phone, product.url, USERS.admin);
    await phone.goto(`${product.url}/connectors/${gift.id}/edit?tab=logs`);
    await phone.locator('[data-test="run-chart"] canvas').waitFor();
    await shot(phone, 'logs-chart-390');
  });
});

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureBuilt,
  gql,
  launchBrowser,
  shot,
  signIn,
  startProduct,
  tokenOf,
  USERS,
  type Product,
  openSection,
} from './harness';

let product: Product;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: string;
let connectorId: string;

async function newPage(width = 1440, height = 900): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const secretOf = async () =>
  (
    await gql<{ signingSecret: string | null }>(
      product.url,
      'query($id: ID!) { signingSecret(connectorId: $id) }',
      { id: connectorId },
      admin,
    )
  ).signingSecret;

/** The setup form of the test connector, Data Request open, the signing panel in view. */
async function openSigning(page: Page, view = false) {
  await page.goto(`${product.url}/connectors/${connectorId}${view ? '' : '/edit'}`);
  await openSection(page, 'Data Request');
  await page.locator('[data-test="sign-pushes"]').scrollIntoViewIfNeeded();
}

beforeAll(async () => {
  ensureBuilt();
  product = await startProduct();
  browser = await launchBrowser();
  admin = await tokenOf(product.url, USERS.admin);
  const { me } = await gql<{ me: { role: { id: string } } }>(
    product.url,
    '{ me { role { id } } }',
    {},
    admin,
  );
  const { createConnector } = await gql<{ createConnector: { id: string } }>(
    product.url,
    `mutation($i: ConnectorInput!) { createConnector(input: $i) { id } }`,
    {
      i: {
        name: 'Signed Webhook',
        entityType: 'CONTACT',
        roleIds: [me.role.id],
        authentication: { type: 'NONE' },
        request: {
          url: `${product.url}/demo/echo/signed`,
          method: 'POST',
          bodyTemplate: '{"id": "{{contact.id}}"}',
        },
        successCriteria: [{ source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' }],
      },
    },
    admin,
  );
  connectorId = createConnector.id;
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await product?.stop();
});

describe('signing on the setup form', () => {
  it('switches signing on, saves, reveals and copies the secret, rotates it after confirming', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await openSigning(page);
    await expect(page.locator('[data-test="reveal-secret"]').count()).resolves.toBe(0);
    await page.locator('[data-test="sign-pushes"] input').check();
    await expect(page.locator('[data-test="signing-status"]').textContent()).resolves.toContain(
      'made when you save',
    );
    await page.locator('[data-test="save"]').click();
    await page.waitForURL(/\/connectors(\?.*)?$/);
    const secret = await secretOf();
    expect(secret).toMatch(/^whsec_/);

    await openSigning(page);
    await expect(page.locator('[data-test="sign-pushes"] input').isChecked()).resolves.toBe(true);
    await page.locator('[data-test="reveal-secret"]').click();
    const field = page.locator('[data-test="signing-secret"] input');
    await expect.poll(() => field.inputValue()).toBe(secret);
    await page.locator('[data-test="copy-secret"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.getByRole('button', { name: 'How to verify' }).click();
    await expect(page.locator('[data-test="snippet-node"]').textContent()).resolves.toContain(
      "from 'standardwebhooks'",
    );
    await expect(page.locator('[data-test="snippet-python"]').textContent()).resolves.toContain(
      'from standardwebhooks.webhooks import Webhook',
    );
    await shot(page, 'signing-revealed-1440');
    const axe = await new AxeBuilder({ page }).include('[data-test="signing-panel"]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);

    await page.locator('[data-test="rotate-secret"]').click();
    const dialog = page.locator('.v-overlay--active .v-card', { hasText: 'Rotate the signing' });
    await expect(dialog.textContent()).resolves.toContain('keeps working for 24 hours');
    await shot(page, 'signing-rotate-confirm-1440');
    // Cancel rotates nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await secretOf()).toBe(secret);

    await page.locator('[data-test="rotate-secret"]').click();
    await page.locator('[data-test="confirm-rotate"]').click();
    const rotated = await secretOf();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await expect.poll(() => field.inputValue()).toBe(rotated);
    await expect(page.locator('[data-test="signing-status"]').textContent()).resolves.toContain(
      'previous secret also signs',
    );
    await shot(page, 'signing-rotated-1440');
  });

  it('a READ_ONLY user sees whether pushes are signed, never the secret; phone width', async () => {
    const page = await newPage(390, 844);
    await signIn(page, product.url, USERS.viewer);
    await openSigning(page, true);
    await expect(page.locator('[data-test="sign-pushes"] input').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-test="signing-status"]').textContent()).resolves.toContain(
      'Secret made',
    );
    await expect(page.locator('[data-test="reveal-secret"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-test="rotate-secret"]').count()).resolves.toBe(0);
    await shot(page, 'signing-viewer-390');

    const phone = await newPage(390, 844);
    await signIn(phone, product.url, USERS.admin);
    await openSigning(phone);
    await phone.locator('[data-test="reveal-secret"]').click();
    await phone.locator('[data-test="signing-secret"]').waitFor();
    await phone.getByRole('button', { name: 'How to verify' }).click();
    await shot(phone, 'signing-admin-390');
  });
});

import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  createContactConnector,
  gql,
  listen,
  menuItem,
  newPage,
  product,
  pushAsOfficer,
  shot,
  signIn,
  tokenOf,
  USERS,
  useProduct,
} from './harness';

useProduct();

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
});

import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  createContactConnector,
  listen,
  newPage,
  product,
  shot,
  signIn,
  startNewConnector,
  USERS,
  useProduct,
  openSection,
} from './harness';

useProduct();

describe('admin', () => {
  it('saves a new connector before its first test, then tests it with a chosen record', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await startNewConnector(page, 'Webhook Trial');
    await openSection(page, 'Data Request');
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

import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  createContactConnector,
  gql,
  listen,
  newPage,
  next,
  pick,
  product,
  shot,
  signIn,
  subscribeSent,
  tileNames,
  tokenOf,
  startNewConnector,
  USERS,
  useProduct,
  openSection,
} from './harness';

useProduct();

describe('admin', () => {
  it('creates a connector through the form, saves and publishes it, and finds its tile', async () => {
    const page = await newPage();
    await signIn(page, product.url, USERS.admin);
    await page.locator('[data-test="create-connector"]').click();
    await page.waitForURL(/\/connectors\/new/);
    await shot(page, '04-setup-new');

    // Connector Basics
    await page.getByLabel('Name', { exact: true }).fill('Zeta 05 Relay');
    await page.getByRole('checkbox', { name: 'On creation' }).check();
    await pick(page, 'Role Access', 'Administrator', 'Loan Officer');
    await page.keyboard.press('Escape');
    await next(page, 'Connector Basics');

    // Authentication: Basic, with the passcode obscured until the eye is clicked
    await pick(page, 'Authentication Type', 'Basic');
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
    await startNewConnector(page, 'crm sync');
    await openSection(page, 'Data Request');
    await page.getByLabel('URL', { exact: true }).fill(`${product.url}/demo/echo`);
    await page.getByLabel('Request Body').fill('{"id": "{{contact.id}}"}');
    await page.locator('[data-test="save"]').click();
    const nameField = page.locator('.v-input', { has: page.getByLabel('Name', { exact: true }) });
    await expect
      .poll(() => nameField.locator('.v-messages').textContent())
      .toMatch(/already exists/);
    await shot(page, '07b-setup-server-error');

    // Open the menu, wait until its listbox is there and still, choose: no retried clicks.
    await pick(page, 'Entity Type', 'Loans');
    const change = page.getByRole('button', { name: 'Change and clear' });
    await change.click();
    await expect(page.getByLabel('URL', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Request Body').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('crm sync');
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
      await openSection(page, 'Data Request');
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
      await openSection(page, 'Data Request');
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
});

import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createContactConnector,
  gql,
  isSubscribe,
  newPage,
  product,
  pushAsOfficer,
  shot,
  signIn,
  subscribeSent,
  USERS,
  useProduct,
  openSection,
} from './harness';

useProduct();

describe('admin', () => {
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
    await openSection(page, 'Authentication');
    const user = page.getByLabel('User Name');
    await user.waitFor();
    expect(await user.isEditable()).toBe(false);
    expect(await page.getByLabel('Passcode', { exact: true }).isEditable()).toBe(false);
    await shot(page, '18b-setup-view-auth');
  });
});

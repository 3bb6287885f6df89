import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = resolve(here, '..');
export const REPO = resolve(WEB_DIR, '../..');
export const API_MAIN = join(REPO, 'apps/api/dist/main.js');
export const SCREENSHOTS = join(WEB_DIR, 'e2e/screenshots');
export const DEMO_PASSWORD = 'demo-password';
export const USERS = {
  admin: 'admin@demo.test',
  officer: 'officer@demo.test',
  viewer: 'viewer@demo.test',
} as const;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return newest;
}

/** The product as `pnpm start` builds it: the API's dist serving this app's dist. */
export function ensureBuilt(): void {
  const run = (args: string[]) => {
    const r = spawnSync('pnpm', args, { cwd: REPO, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed`);
  };
  if (!existsSync(API_MAIN)) run(['--filter', '@odc/api', 'build']);
  const index = join(WEB_DIR, 'dist/index.html');
  const sources = Math.max(
    newestMtime(join(WEB_DIR, 'src')),
    newestMtime(join(REPO, 'packages/ui/src')),
  );
  if (!existsSync(index) || statSync(index).mtimeMs < sources)
    run(['--filter', '@odc/web', 'build']);
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export interface Product {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts the API on a free port with a fresh data directory (so the demo seed is fresh). Without
 * `activity`, the demo has no run history and no Flaky/Strict Partner: the suites count on that.
 */
export async function startProduct(options: { activity?: boolean } = {}): Promise<Product> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'odc-e2e-'));
  // The embedded default: SQLite in a fresh directory, jobs in process.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    SEED_DEMO_ACTIVITY: options.activity ? 'true' : 'false',
    // The tests' own targets (a 429 endpoint, say) listen on loopback; the default refuses it.
    ALLOWED_TARGET_HOSTS: '127.0.0.1,localhost,::1',
  };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'ENCRYPTION_KEY', 'JWT_SECRET']) delete env[k];
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('API did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A GraphQL call as a user (for set-up steps that are not what a test is about). */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function tokenOf(url: string, email: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return data.login.token;
}

/** Signs in through the sign-in page. */
export async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/**
 * Resolves once the page has sent a graphql-ws subscribe for `field` (its live updates flow from
 * then on). Call it before the page opens the subscription.
 */
export function subscribeSent(page: Page, field: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (ws) =>
      ws.on('framesent', ({ payload }) => {
        if (isSubscribe(payload, field)) resolve();
      }),
    );
  });
}

/** Is this graphql-ws frame a subscribe for `field`? */
export function isSubscribe(frame: string | Buffer, field: string): boolean {
  const text = String(frame);
  return text.includes('"type":"subscribe"') && text.includes(field);
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(350); // let transitions settle
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

// ---- One product per e2e file: each file calls useProduct() at its top ----

/** The running product of this file (set by useProduct's beforeAll). */
export let product: Product;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** What Chromium reported as blocked by the Content Security Policy, on any page of this file. */
export const cspViolations: string[] = [];

/**
 * Starts the product and Chromium before this file's tests (with 8 extra connectors, enough for a
 * second page of tiles) and stops them after.
 */
export function useProduct(): void {
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
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    // What every open page showed when the test failed: e2e/screenshots/failures.
    const dir = join(SCREENSHOTS, 'failures');
    mkdirSync(dir, { recursive: true });
    const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
    const pages = contexts.flatMap((c) => c.pages()).slice(-2); // the failed test's own
    for (const [i, page] of pages.entries())
      await page.screenshot({ path: join(dir, `${name}-${i}.png`) }).catch(() => undefined);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    contexts.length = 0;
    await browser?.close().catch(() => undefined);
    await product?.stop();
    // Every page this file opened ran under the Content Security Policy: nothing was blocked.
    expect(cspViolations).toEqual([]);
  });
}

export async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return page;
}

export const tileNames = (page: Page) =>
  page
    .locator('.connector-tile')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-connector') ?? ''));

/** A section's Next button: it closes that section and opens the next (waited out, as openSection). */
export async function next(page: Page, section: string): Promise<void> {
  await page
    .locator('.setup-section', { has: page.getByRole('button', { name: section }) })
    .getByRole('button', { name: 'Next', exact: true })
    .click();
  await settled(page);
}

export const menuItem = (page: Page, text: string) =>
  page.locator('.v-overlay--active .v-list-item', { hasText: text }).first();

export const sortedCI = (names: string[]) =>
  [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));

/**
 * Until no transition or animation runs on the page (endless ones, a spinner, aside). A click
 * while a section still opens or a menu still moves can press on one option and release on
 * another: the browser then clicks neither, and the menu stays open as if nothing happened.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

/**
 * Opens a setup section and waits until it has stopped growing: a click inside it while it still
 * opens can press on a switch and release beside it (CI once saw "Clicking the checkbox did not
 * change its state" that way).
 */
export async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title }).click();
  await settled(page);
}

/** Opens the select showing `label` and chooses each option, once its menu has stopped moving. */
export async function pick(page: Page, label: string, ...options: string[]): Promise<void> {
  await settled(page);
  await page.locator('.v-select', { hasText: label }).click();
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  for (const option of options) {
    await settled(page);
    await listbox.getByRole('option', { name: option, exact: true }).click();
  }
}

/** A new connector's form, opened and given its name and roles (the Role Access menu closed). */
export async function startNewConnector(
  page: Page,
  name: string,
  roles: string[] = ['Administrator'],
): Promise<void> {
  await page.goto(`${product.url}/connectors/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await pick(page, 'Role Access', ...roles);
  await page.keyboard.press('Escape');
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** The loan officer pushes the first contact with the named connector; the run's id. */
export async function pushAsOfficer(
  connector: string,
): Promise<{ officer: string; runId: string }> {
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
export async function createContactConnector(
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
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

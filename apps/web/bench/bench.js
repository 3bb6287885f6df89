// pnpm bench:web: the initial JS of the production build (gzip) and the connectors page's time
// to first tiles in headless Chromium, against the started product, signed in as the demo admin.
// The root script builds first; this only measures.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPO = resolve(WEB, '../..');
const DIST = join(WEB, 'dist');
const API_MAIN = join(REPO, 'apps/api/dist/main.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function initialJs() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    files.add(m[1]);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(join(DIST, f.replace(/^\//, '')));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { files: [...files], raw, gz };
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function startApi() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'odc-bench-web-'));
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'ENCRYPTION_KEY', 'JWT_SECRET']) delete env[k];
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO, env, stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function login(url) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(email: "admin@demo.test", password: "demo-password") { token } }',
    }),
  });
  const body = await res.json();
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.login.token;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function firstTiles(url, token) {
  const browser = await chromium.launch({
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
  const times = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      // A fresh context each time: empty HTTP cache, signed in (token in localStorage).
      const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await ctx.addInitScript((t) => localStorage.setItem('odc.token', t), token);
      const page = await ctx.newPage();
      await page.goto(`${url}/connectors`, { waitUntil: 'commit' });
      await page.waitForSelector('.connector-tile', { timeout: 30_000 });
      // Time from navigation start to the first tile in the DOM, by the page's own clock.
      const ms = await page.evaluate(() => {
        const el = document.querySelector('.connector-tile');
        return el ? performance.now() : NaN;
      });
      const mark = await page.evaluate(
        () => performance.getEntriesByName('first-tile')[0]?.startTime ?? null,
      );
      if (i > 0) times.push(mark ?? ms); // the first run only warms the server
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('apps/web/dist is missing: run `pnpm bench:web` (it builds first)');
  }
  const js = initialJs();
  console.log(
    `initial JS: ${js.files.length} file(s), ${(js.raw / 1024).toFixed(1)} KiB raw, ${(js.gz / 1024).toFixed(1)} KiB gzip (target <= 350)`,
  );
  console.log(`RESULT web-bundle initial_js_gzip_kb=${(js.gz / 1024).toFixed(1)}`);

  const api = await startApi();
  try {
    const token = await login(api.url);
    const times = await firstTiles(api.url, token);
    console.log(
      `first tiles over ${times.length} cold loads: ${times.map((t) => t.toFixed(0)).join(', ')} ms (target <= 1000)`,
    );
    console.log(`RESULT web-first-tiles ms=${median(times).toFixed(0)}`);
  } finally {
    await api.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

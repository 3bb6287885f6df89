import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '../helpers/client.js';
import { makeOrg } from '../helpers/org.js';
import { deploymentEnv, startProcess, type ApiProcess } from '../helpers/processes.js';
import { freshDatabase, type TestDatabase } from '../helpers/server.js';
import { waitFor } from '../helpers/target.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

// A process started while MariaDB or Redis is unreachable (behind a closed TCP proxy) stays up,
// answers /healthz 503, and serves once the proxy opens. Needs MYSQL_URL and REDIS_URL.
const ready = Boolean(process.env.MYSQL_URL && process.env.REDIS_URL);

const health = async (p: ApiProcess) => (await fetch(`${p.base}/healthz`)).status;

describe.skipIf(!ready)('a process started while a service is unreachable', () => {
  let db: TestDatabase | undefined;
  let proxy: TcpProxy | undefined;
  let proc: ApiProcess | undefined;

  afterEach(async () => {
    await proc?.kill();
    await proxy?.stop();
    await db?.drop();
  });

  /** Starts the process, checks it waits with 503, opens the proxy, checks it then serves. */
  async function waitsThenServes(env: Record<string, string>, role: 'all' | 'api' = 'all') {
    proc = await startProcess(role, env, { ready: false });
    expect(await health(proc)).toBe(503);
    // Still there a few retries later, still saying so.
    await new Promise((r) => setTimeout(r, 2500));
    expect(proc.child.exitCode).toBeNull();
    expect(await health(proc)).toBe(503);
    proxy!.open();
    const p = proc;
    await waitFor(async () => (await health(p)) === 200, 30_000, '/healthz 200');
    const org = await makeOrg(new Client(`${p.base}/graphql`), 'Late');
    const me = await org.admin.ok('{ me { id } }');
    expect(me.me.id).toBe(org.adminId);
    expect(p.logs.join('')).not.toContain('Unhandled error event');
  }

  it('MariaDB behind a closed proxy', async () => {
    db = await freshDatabase('mysql');
    proxy = await new TcpProxy(Number(new URL(db.env.DATABASE_URL!).port || 3306)).start('closed');
    await waitsThenServes({
      ...db.env,
      DATABASE_URL: proxy.url(db.env.DATABASE_URL!),
      ALLOWED_TARGET_HOSTS: '127.0.0.1',
    });
  }, 90_000);

  it('Redis behind a closed proxy', async () => {
    db = await freshDatabase('mysql');
    const env = deploymentEnv(db.env);
    proxy = await new TcpProxy(Number(new URL(env.REDIS_URL!).port || 6379)).start('closed');
    await waitsThenServes({ ...env, REDIS_URL: proxy.url(env.REDIS_URL!) });
  }, 90_000);
});

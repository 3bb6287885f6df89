import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** One started `node dist/main.js` (pnpm test builds the API first). */
export interface ApiProcess {
  role: 'all' | 'api' | 'worker';
  child: ChildProcess;
  port: number;
  /** http://127.0.0.1:port */
  base: string;
  logs: string[];
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no drain, no goodbye. */
  kill(): Promise<void>;
}

/** Environment shared by every process of one deployment: one database, one Redis prefix. */
export function deploymentEnv(dbEnv: Record<string, string>): Record<string, string> {
  return {
    ...dbEnv,
    REDIS_URL: process.env.REDIS_URL as string,
    REDIS_PREFIX: `odc-test-${randomBytes(4).toString('hex')}`,
    ALLOWED_TARGET_HOSTS: '127.0.0.1,localhost,::1',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'false',
    SIGNUP: 'open',
  };
}

/**
 * Starts `node dist/main.js` and resolves once it serves (its `ready` log line); with
 * `{ ready: false }` as soon as it listens (while it may still answer 503, waiting for the
 * database or Redis).
 */
export async function startProcess(
  role: ApiProcess['role'],
  env: Record<string, string>,
  options: { ready?: boolean } = {},
): Promise<ApiProcess> {
  const untilReady = options.ready ?? true;
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, ...env, ROLE: role, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${role} did not start:\n${logs.join('')}`)),
      60_000,
    );
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(`${line}\n`);
        try {
          const entry = JSON.parse(line) as { port?: number; ready?: boolean };
          if (typeof entry.port === 'number' && entry.port > 0 && (entry.ready || !untilReady)) {
            clearTimeout(timer);
            resolve(entry.port);
          }
        } catch {
          // not JSON
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${role} exited with ${code}:\n${logs.join('')}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  return {
    role,
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    logs,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

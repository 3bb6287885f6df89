import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pRetry from 'p-retry';
import type { Logger } from './logger.js';

/** The HTTP server of a process, listening before the app is ready; the app takes it over. */
export interface BootServer {
  server: Server;
  port: number;
}

const STARTING = JSON.stringify({
  errors: [
    {
      message: 'Starting: the database or Redis is not reachable yet; try again shortly',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
});

/**
 * Listens at once and answers 503 to everything (/healthz included) until the app takes the
 * server over (startServer / startOpsServer with `server`), so a process started while the
 * database or Redis is unreachable stays up and says so.
 */
export async function startBootServer(port: number): Promise<BootServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const health = (req.url ?? '').split('?', 1)[0] === '/healthz';
    const body = health ? JSON.stringify({ ok: false, starting: true }) : STARTING;
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': '1',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/**
 * Calls start until it succeeds, backing off from 250 ms to 5 s between tries; one warn line
 * when it first fails, then debug lines.
 */
export function untilReady<T>(start: () => Promise<T>, logger: Logger): Promise<T> {
  return pRetry(start, {
    retries: Number.POSITIVE_INFINITY,
    minTimeout: 250,
    maxTimeout: 5000,
    randomize: true,
    onFailedAttempt: ({ error, attemptNumber }) => {
      const line = { err: error.message, attempt: attemptNumber };
      if (attemptNumber === 1) logger.warn(line, 'not ready (database unreachable?): retrying');
      else logger.debug(line, 'still not ready: retrying');
    },
  });
}

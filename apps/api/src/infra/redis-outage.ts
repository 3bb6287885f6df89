import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** After Redis is back, errors this soon (a straggling client reconnecting) start no new outage. */
const SETTLE_MS = 3000;

/** Errors that say Redis (or the way to it) is unreachable, not that a command was wrong. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)
  )
    return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection is closed|Stream isn't writeable|enableOfflineQueue|ECONNREFUSED|ECONNRESET|Reached the max retries|Redis timed out|Socket closed|Redis is unreachable|Redis did not answer/i.test(
    message,
  );
}

/**
 * Every Redis client of a process reports here: one warn line when Redis becomes unreachable, one
 * info line when every client is connected again, however many clients and errors there are in
 * between (no "[ioredis] Unhandled error event").
 */
export class RedisOutage {
  private readonly clients = new Set<Redis>();
  private downSince: number | null = null;
  private upAt = 0;

  constructor(private readonly logger: Logger) {}

  get down(): boolean {
    return this.downSince !== null;
  }

  /** Attaches the error and ready handlers to a client (and returns it). */
  watch(client: Redis): Redis {
    this.clients.add(client);
    client.on('error', (err: unknown) => this.report(err));
    client.on('ready', () => this.ready());
    client.on('end', () => this.clients.delete(client));
    return client;
  }

  /** An error from a client or a command: a connection error starts an outage, others are logged. */
  report(err: unknown, what = 'Redis error'): void {
    if (!isConnectionError(err)) {
      this.logger.error({ err }, what);
      return;
    }
    if (this.downSince !== null || Date.now() - this.upAt < SETTLE_MS) return;
    this.downSince = Date.now();
    this.logger.warn(
      { err: (err as Error).message },
      'Redis unreachable: runs stay queued in the database and go out once it is back; live events pause',
    );
  }

  private ready(): void {
    if (this.downSince === null) return;
    for (const c of this.clients) if (c.status !== 'ready') return;
    this.logger.info({ downMs: Date.now() - this.downSince }, 'Redis reachable again');
    this.downSince = null;
    this.upAt = Date.now();
  }
}

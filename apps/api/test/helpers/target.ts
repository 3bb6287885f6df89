import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Date.now() when the request arrived. */
  at: number;
}

/**
 * A loopback target that records what it receives. Paths: /ok (200), /reject (400),
 * /flaky (503 with Retry-After: 0 on the first hit per run, then 200), /slow (200 after 100 ms),
 * /hold (200 once release() is called), /hold-first (a run's first request never answered, the
 * next ones 200), /busy (the first request 429 with Retry-After: 2, then 200). A path in `lists` answers GET with the list and POST by
 * adding the body to it with an id (a target's staff or lead source list).
 */
export class Target {
  readonly received: Received[] = [];
  private server: Server | null = null;
  private readonly flakyHits = new Map<string, number>();
  private held: (() => void)[] = [];
  private busyHits = 0;
  private readonly heldFirst = new Set<string>();
  readonly lists = new Map<string, Record<string, unknown>[]>();
  /** Fixed answers by path: a status, a content type, a body and more headers if given. */
  readonly replies = new Map<
    string,
    { status?: number; type: string; body: string; headers?: Record<string, string> }
  >();
  /**
   * An answer chosen by the request (before every other rule): a reply, 'hold' (answered 200 by
   * release()), or undefined for the rules below.
   */
  answer:
    | ((
        r: Received,
      ) => { status: number; headers?: Record<string, string>; body?: string } | 'hold' | undefined)
    | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        this.received.push({
          method: req.method ?? '',
          path,
          headers: req.headers,
          body: body(chunks),
          at: Date.now(),
        });
        const chosen = this.answer?.(this.received.at(-1)!);
        if (chosen === 'hold')
          return void this.held.push(() =>
            res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
          );
        if (chosen)
          return res.writeHead(chosen.status, chosen.headers).end(chosen.body ?? '{"answer":true}');
        const reply = this.replies.get(path);
        if (reply)
          return res
            .writeHead(reply.status ?? 200, { 'content-type': reply.type, ...reply.headers })
            .end(reply.body);
        const list = this.lists.get(path);
        if (list) {
          const json = { 'content-type': 'application/json' };
          if (req.method === 'GET') return res.writeHead(200, json).end(JSON.stringify(list));
          const item = { id: `${path.slice(1)}-${list.length + 1}`, ...JSON.parse(body(chunks)) };
          list.push(item);
          return res.writeHead(201, json).end(JSON.stringify(item));
        }
        if (path.startsWith('/busy') && ++this.busyHits === 1)
          return res.writeHead(429, { 'retry-after': '2' }).end('slow down');
        if (path.startsWith('/reject')) return res.writeHead(400).end('{"error":"rejected"}');
        if (path.startsWith('/flaky')) {
          const key = String(req.headers['idempotency-key']);
          const hits = (this.flakyHits.get(key) ?? 0) + 1;
          this.flakyHits.set(key, hits);
          if (hits === 1) return res.writeHead(503, { 'retry-after': '0' }).end('busy');
        }
        const ok = () =>
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        if (path.startsWith('/slow')) return void setTimeout(ok, 100);
        if (path.startsWith('/hold-first')) {
          // The first request of each run is never answered (its worker dies meanwhile).
          const key = String(req.headers['idempotency-key']);
          if (this.heldFirst.has(key)) return ok();
          this.heldFirst.add(key);
          return;
        }
        if (path.startsWith('/hold')) return void this.held.push(ok);
        ok();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers every /hold request waiting so far. */
  release(): void {
    for (const ok of this.held.splice(0)) ok();
  }

  async close(): Promise<void> {
    this.release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

const body = (chunks: Buffer[]) => Buffer.concat(chunks).toString();

/** Polls until check returns a truthy value. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
  label = 'condition',
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

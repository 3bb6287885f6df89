import { createServer, connect, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket | null;
  /** MySQL packets from the client not yet complete. */
  buffered: Buffer;
  /** A statement matching the cut's pattern went through on this connection. */
  armed: boolean;
}

/**
 * A TCP proxy on 127.0.0.1 in front of a service (MariaDB, Redis), for tests that cut the way to
 * it: `close()` drops every connection and refuses new ones until `open()`; `hold()` freezes every
 * connection (nothing goes through either way) until `open()`; `cutAfterCommit(pattern)` lets a
 * MySQL COMMIT through and drops the connection before its answer comes back.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<Pair>();
  private state: 'open' | 'closed' | 'held' = 'open';
  private cut: { pattern: RegExp; done: () => void } | null = null;
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  /** Listens on a free port; `initially` 'closed' refuses connections until open(). */
  async start(initially: 'open' | 'closed' = 'open'): Promise<this> {
    this.state = initially;
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** The URL with its host and port replaced by the proxy's. */
  url(through: string): string {
    const u = new URL(through);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  open(): void {
    const held = this.state === 'held';
    this.state = 'open';
    if (!held) return;
    for (const p of this.pairs) {
      if (!p.upstream) this.link(p);
      p.client.resume();
      p.upstream?.resume();
    }
  }

  /** Drops every connection; new ones are accepted and dropped at once until open(). */
  close(): void {
    this.state = 'closed';
    for (const p of [...this.pairs]) this.drop(p);
  }

  /** Freezes every connection (and holds new ones) until open(). */
  hold(): void {
    this.state = 'held';
    for (const p of this.pairs) {
      p.client.pause();
      p.upstream?.pause();
    }
  }

  /**
   * On the next connection that sends a statement matching `pattern`, its following COMMIT (or the
   * same text's, when one text holds both) reaches the server, then the connection drops before
   * the answer comes back. Resolves once that happened.
   */
  cutAfterCommit(pattern: RegExp): Promise<void> {
    return new Promise((done) => (this.cut = { pattern, done }));
  }

  async stop(): Promise<void> {
    this.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private accept(client: Socket): void {
    client.on('error', () => undefined);
    if (this.state === 'closed') {
      client.destroy();
      return;
    }
    const pair: Pair = { client, upstream: null, buffered: Buffer.alloc(0), armed: false };
    this.pairs.add(pair);
    client.on('close', () => this.drop(pair));
    if (this.state === 'held') client.pause();
    else this.link(pair);
  }

  private link(pair: Pair): void {
    const upstream = connect(this.targetPort, this.targetHost);
    pair.upstream = upstream;
    upstream.on('error', () => undefined);
    upstream.on('close', () => this.drop(pair));
    upstream.on('data', (chunk: Buffer) => {
      if (!pair.client.destroyed) pair.client.write(chunk);
    });
    pair.client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      if (this.cut && this.committed(pair, chunk)) {
        const { done } = this.cut;
        this.cut = null;
        // The client never hears back; the server gets a moment to finish the COMMIT.
        pair.client.destroy();
        setTimeout(() => upstream.destroy(), 500);
        done();
      }
    });
  }

  /** Reads the client's MySQL packets: did a COMMIT go out after (or with) the pattern? */
  private committed(pair: Pair, chunk: Buffer): boolean {
    pair.buffered = Buffer.concat([pair.buffered, chunk]);
    let hit = false;
    while (pair.buffered.length >= 4) {
      const length = pair.buffered.readUIntLE(0, 3);
      if (pair.buffered.length < 4 + length) break;
      const payload = pair.buffered.subarray(4, 4 + length);
      pair.buffered = pair.buffered.subarray(4 + length);
      if (payload[0] !== 0x03) continue; // COM_QUERY only
      const sql = payload.subarray(1).toString('utf8');
      if (this.cut?.pattern.test(sql)) pair.armed = true;
      if (pair.armed && /\bCOMMIT\s*;?\s*$/i.test(sql)) hit = true;
    }
    return hit;
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.destroy();
    pair.upstream?.destroy();
  }
}

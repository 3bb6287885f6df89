import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCESS_TOKEN = 'access-SECRET-token';
export const OAUTH_TOKEN = 'oauth-SECRET-token';

/**
 * A loopback target that hands out tokens. POST /token answers {"data":{"token":ACCESS_TOKEN}}
 * when the body is `tokenBody`; /token-echo answers 400 with the body it got; POST /oauth
 * answers an OAuth 2.0 client-credentials grant when client_secret is `clientSecret`. /open
 * answers 200; any other path 200 to either bearer token, 401 otherwise.
 */
export class AuthTarget {
  /** Every request: method, path, authorization header and body. */
  readonly received: { path: string; authorization: string; body: string }[] = [];
  url = '';
  private server: Server | null = null;

  constructor(
    private readonly tokenBody: string,
    private readonly clientSecret: string,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const path = req.url ?? '/';
        this.received.push({ path, authorization: req.headers.authorization ?? '', body });
        const json = (status: number, value: unknown) =>
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (path === '/token') {
          if (body === this.tokenBody) return json(200, { data: { token: ACCESS_TOKEN } });
          return json(401, { error: 'bad body' });
        }
        if (path === '/token-echo') return res.writeHead(400).end(`you sent ${body}`);
        if (path === '/oauth') {
          const form = new URLSearchParams(body);
          if (form.get('client_secret') !== this.clientSecret) return json(401, { error: 'no' });
          return json(200, { access_token: OAUTH_TOKEN, token_type: 'bearer', expires_in: 3600 });
        }
        if (path === '/open') return json(200, { ok: true });
        const auth = req.headers.authorization;
        if (auth === `Bearer ${ACCESS_TOKEN}` || auth === `Bearer ${OAUTH_TOKEN}`)
          return json(200, { ok: true });
        return json(401, { error: 'unauthorized' });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export type HeadersMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void;

/**
 * Security headers on every answer (web app, GraphQL, health, metrics): a CSP allowing only the
 * app's own scripts (Vuetify's theme needs inline styles; live status needs the same-origin ws),
 * no framing, nosniff, no referrer; HSTS only behind a TLS-terminating proxy (TRUST_PROXY_TLS).
 */
export function securityHeaders(trustProxyTls: boolean): HeadersMiddleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'object-src': ["'none'"],
        'upgrade-insecure-requests': trustProxyTls ? [] : null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: trustProxyTls
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
  }) as HeadersMiddleware;
}

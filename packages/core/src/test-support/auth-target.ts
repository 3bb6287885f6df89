import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTokenCache } from '../auth/token-cache.js';
import { executePush, type PushDeps } from '../execute-push.js';
import { createHttpClient } from '../http/client.js';
import type { Authentication } from '../schema/connector.schema.js';
import { definition, values, withTimeout } from './connector.js';
import { fakeClock, startTarget, type Handler } from './target-server.js';

/** A loopback target + token endpoint, a fake clock for token expiry, and a push helper. */
export function useAuthTarget() {
  const http = createHttpClient({ allowedTargets: ['127.0.0.1'] });
  const env = {
    target: undefined as unknown as Awaited<ReturnType<typeof startTarget>>,
    handler: (() => undefined) as Handler,
    clock: fakeClock(),
    deps: undefined as unknown as PushDeps,
    timeoutMs: 5000,
    /** n concurrent pushes of one connector (id c1) to /in. */
    pushes(auth: Authentication, n = 1) {
      const def = withTimeout(
        definition(`${env.target.url}/in`, { authentication: auth }),
        env.timeoutMs,
      );
      return Promise.all(
        Array.from({ length: n }, (_, i) =>
          executePush(
            { id: 'c1', definition: def },
            values,
            { runId: `run-${i}`, attempt: 1 },
            env.deps,
          ),
        ),
      );
    },
    hits: (path: string) => env.target.received.filter((r) => r.url === path),
  };
  beforeAll(async () => {
    env.target = await startTarget((req, res) => env.handler(req, res));
  });
  afterAll(async () => {
    await env.target.close();
    await http.close();
  });
  beforeEach(() => {
    env.target.received.length = 0;
    env.clock = fakeClock();
    env.timeoutMs = 5000;
    env.deps = { http, tokens: createTokenCache({ clock: env.clock }), clock: env.clock };
  });
  return env;
}

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  close(): Promise<void>;
}

/** Opens a graphql-ws connection (token in connection_init), subscribes and collects every event. */
export async function subscribe<T = Record<string, unknown>>(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscription<T>> {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (e) => reject(new Error(`ws closed: ${(e as { code?: number }).code}`)));
  });
  const events: T[] = [];
  const errors: unknown[] = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => (v.errors ? errors.push(v.errors) : events.push(v.data as T)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  // graphql-ws sends no "subscribed" ack: give the server a moment to register the listener.
  await new Promise((r) => setTimeout(r, 150));
  return {
    events,
    errors,
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

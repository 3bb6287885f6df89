import { ApolloClient, HttpLink, InMemoryCache, from, split } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { setContext } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { authHeaders, authToken } from './auth-token';
import { idempotencyLink } from './idempotency';

export interface Apollo {
  client: ApolloClient<unknown>;
  /** Reconnects the socket so that it authenticates with the current token. */
  restartSocket: () => void;
}

/** HTTP for queries and mutations, graphql-ws for subscriptions, both on /graphql with the bearer token. */
/** The API closes a socket whose session ended or token expired with 4401; refuses one with 4403. */
const isSessionClose = (e: unknown) => {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 4401 || code === 4403;
};

export function createApollo(onUnauthenticated: () => void): Apollo {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const wsClient: Client = createClient({
    url: wsUrl,
    connectionParams: () => ({ authorization: authHeaders(authToken.get()).authorization }),
    lazy: true,
    retryAttempts: Infinity,
    // A socket refused for its token is not retried with the same token.
    shouldRetry: (e) => !isSessionClose(e),
  });
  wsClient.on('closed', (e) => {
    if (isSessionClose(e) && authToken.get()) onUnauthenticated();
  });
  const ws = new GraphQLWsLink(wsClient);
  const auth = setContext((_op, { headers }) => ({
    headers: { ...headers, ...authHeaders(authToken.get()) },
  }));
  const errors = onError(({ graphQLErrors, networkError }) => {
    const unauthenticated =
      graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
      (networkError && 'statusCode' in networkError && networkError.statusCode === 401);
    if (unauthenticated && authToken.get()) onUnauthenticated();
  });
  // Mutations carry an Idempotency-Key and are sent again (same key) when the answer was lost.
  const http = from([errors, idempotencyLink(), auth, new HttpLink({ uri: '/graphql' })]);
  const link = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Connector: { fields: { roles: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  // Updates sent while the socket was down are gone: on a reconnect, ask again what is on screen.
  wsClient.on('connected', (_socket, _payload, wasRetry) => {
    if (wasRetry) void client.refetchQueries({ include: 'active' });
  });
  return { client, restartSocket: () => wsClient.terminate() };
}

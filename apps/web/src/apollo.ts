import { ApolloClient, HttpLink, InMemoryCache, from, split } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { setContext } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { authHeaders, authToken } from './auth-token';

/** HTTP for queries and mutations, graphql-ws for subscriptions, both on /graphql with the bearer token. */
export function createApollo(onUnauthenticated: () => void) {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = new GraphQLWsLink(
    createClient({
      url: wsUrl,
      connectionParams: () => ({ authorization: authHeaders(authToken.get()).authorization }),
      lazy: true,
      retryAttempts: Infinity,
    }),
  );
  const auth = setContext((_op, { headers }) => ({
    headers: { ...headers, ...authHeaders(authToken.get()) },
  }));
  const errors = onError(({ graphQLErrors }) => {
    if (graphQLErrors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
  });
  const http = from([errors, auth, new HttpLink({ uri: '/graphql' })]);
  const link = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

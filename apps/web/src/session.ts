import type { ApolloClient } from '@apollo/client/core';
import { authToken } from './auth-token';
import type { MeQuery as MeResult } from './gql/graphql';
import { MeQuery } from './graphql/auth';

export type Me = MeResult['me'];

/** The signed-in user (from the cache when known), or null without a valid token. */
export async function loadMe(client: ApolloClient<unknown>): Promise<Me | null> {
  if (!authToken.get()) return null;
  try {
    const { data } = await client.query({ query: MeQuery, fetchPolicy: 'cache-first' });
    return data.me;
  } catch {
    return null;
  }
}

/** MANAGE and READ_ONLY roles see the connectors; NONE roles only push from records. */
export const seesConnectors = (me: Me | null) => !!me && me.role.connectorAccess !== 'NONE';
export const manages = (me: Me | null) => me?.role.connectorAccess === 'MANAGE';

/** Where a user lands after sign in. */
export const homeOf = (me: Me | null) => (seesConnectors(me) ? '/connectors' : '/contacts');

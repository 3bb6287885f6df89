import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, inject, type InjectionKey } from 'vue';
import type { Apollo } from '../apollo';
import { authToken } from '../auth-token';
import { LoginMutation, MeQuery, SignOutEverywhereMutation } from '../graphql/auth';
import { homeOf } from '../session';

export const ApolloKey: InjectionKey<Apollo> = Symbol('apollo');

const ACCESS_LABEL = { MANAGE: 'Manage', READ_ONLY: 'Read only', NONE: 'No access' } as const;

/** Who is signed in, what they may do, and sign in / sign out. */
export function useAuth() {
  const { result, loading } = useQuery(MeQuery, null, () => ({
    enabled: !!authToken.get(),
    fetchPolicy: 'cache-first',
  }));
  const { resolveClient } = useApolloClient();
  const apollo = inject(ApolloKey, null);
  const me = computed(() => result.value?.me ?? null);
  const access = computed(() => me.value?.role.connectorAccess ?? 'NONE');
  const { mutate } = useMutation(LoginMutation);
  const { mutate: endAll } = useMutation(SignOutEverywhereMutation);

  /** Signs in and answers where to go next. */
  async function signIn(email: string, password: string): Promise<string> {
    const res = await mutate({ email, password });
    if (!res?.data) throw new Error('Sign in failed');
    authToken.set(res.data.login.token);
    const client = resolveClient();
    await client.clearStore();
    apollo?.restartSocket();
    const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
    return homeOf(data.me);
  }

  async function signOut() {
    authToken.clear();
    apollo?.restartSocket();
    await resolveClient().clearStore();
  }

  /** Ends every session of this user (all devices), then this one. */
  async function signOutEverywhere() {
    await endAll();
    await signOut();
  }

  return {
    me,
    loading,
    accessLabel: computed(() => ACCESS_LABEL[access.value]),
    canSeeConnectors: computed(() => access.value !== 'NONE'),
    canManage: computed(() => access.value === 'MANAGE'),
    signIn,
    signOut,
    signOutEverywhere,
  };
}

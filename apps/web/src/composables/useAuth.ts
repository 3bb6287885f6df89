import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { authToken } from '../auth-token';
import { LoginMutation, MeQuery } from '../graphql/auth';

/** Who is signed in, what they may do, and sign in / sign out. */
export function useAuth() {
  const { result, loading, refetch } = useQuery(MeQuery, null, () => ({
    enabled: !!authToken.get(),
  }));
  const { resolveClient } = useApolloClient();
  const me = computed(() => result.value?.me ?? null);
  const access = computed(() => me.value?.role.connectorAccess ?? 'NONE');
  const { mutate } = useMutation(LoginMutation);

  async function signIn(email: string, password: string) {
    const res = await mutate({ email, password });
    if (!res?.data) throw new Error('Sign in failed');
    authToken.set(res.data.login.token);
    await resolveClient().resetStore();
    await refetch();
  }

  async function signOut() {
    authToken.clear();
    await resolveClient().clearStore();
  }

  return {
    me,
    loading,
    canSeeConnectors: computed(() => access.value !== 'NONE'),
    canManage: computed(() => access.value === 'MANAGE'),
    signIn,
    signOut,
  };
}

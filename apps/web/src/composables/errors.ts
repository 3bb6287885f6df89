import type { FieldIssue } from '@odc/core/schema';

/** The first GraphQL error's message (or the network error's), for a person to read. */
export function errorMessage(e: unknown, fallback = 'Something went wrong'): string {
  const gql = (e as { graphQLErrors?: readonly { message: string }[] } | null)?.graphQLErrors;
  if (gql?.[0]?.message) return gql[0].message;
  const net = (e as { networkError?: { message?: string } | null } | null)?.networkError;
  if (net?.message) return `Cannot reach the server (${net.message})`;
  return e instanceof Error && e.message ? e.message : fallback;
}

export type { FieldIssue };

/** The `extensions.fields` of BAD_USER_INPUT errors, paths without the `input.` prefix. */
export function fieldIssues(e: unknown): FieldIssue[] {
  const gql =
    (e as { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] } | null)
      ?.graphQLErrors ?? [];
  return gql.flatMap((g) =>
    ((g.extensions?.fields as FieldIssue[] | undefined) ?? []).map((f) => ({
      path: f.path.replace(/^input\./, ''),
      message: f.message,
    })),
  );
}

/** The first GraphQL error's extensions.code (UNAUTHENTICATED, CONFLICT, ...). */
export function errorCode(e: unknown): string | undefined {
  const gql = (e as { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] } | null)
    ?.graphQLErrors;
  const code = gql?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

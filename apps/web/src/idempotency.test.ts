import { ApolloLink, Observable, execute, gql, type FetchResult } from '@apollo/client/core';
import { describe, expect, it } from 'vitest';
import { idempotencyLink } from './idempotency';

const MUTATION = gql`
  mutation Push($c: ID!, $r: ID!) {
    triggerPush(connectorId: $c, recordId: $r) {
      id
    }
  }
`;
const QUERY = gql`
  query Me {
    me {
      id
    }
  }
`;

/** The end of the chain: records each request's headers, answers from the script in turn. */
function server(answers: FetchResult[]) {
  const seen: Record<string, string>[] = [];
  const link = new ApolloLink(
    (op) =>
      new Observable((observer) => {
        seen.push({ ...(op.getContext().headers as Record<string, string>) });
        observer.next(answers[Math.min(seen.length - 1, answers.length - 1)]!);
        observer.complete();
      }),
  );
  return { seen, link };
}

const run = (link: ApolloLink, query = MUTATION) =>
  new Promise<FetchResult>((resolve, reject) =>
    execute(link, { query, variables: { c: '1', r: '2' } }).subscribe({
      next: resolve,
      error: reject,
    }),
  );

describe('Idempotency-Key on mutations', () => {
  it('sends a fresh key with every mutation and none with queries', async () => {
    const s = server([{ data: { ok: true } }]);
    const link = idempotencyLink().concat(s.link);
    await run(link);
    await run(link);
    await run(link, QUERY);
    const keys = s.seen.map((h) => h['Idempotency-Key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBeUndefined();
  });

  it('sends a mutation whose outcome is unknown again with the same key', async () => {
    const unknown = { errors: [{ message: 'lost', extensions: { code: 'OUTCOME_UNKNOWN' } }] };
    const saved = { data: { triggerPush: { id: 'run-1' } } };
    const s = server([unknown as FetchResult, saved]);
    const result = await run(idempotencyLink().concat(s.link));
    expect(result).toEqual(saved);
    expect(s.seen).toHaveLength(2);
    expect(s.seen[1]!['Idempotency-Key']).toBe(s.seen[0]!['Idempotency-Key']);
  });
});

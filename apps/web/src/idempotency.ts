import { ApolloLink, Observable, type FetchResult, type Operation } from '@apollo/client/core';
import { getMainDefinition } from '@apollo/client/utilities';

/** Tries after the first, when the answer was lost (network) or its outcome unknown. */
const RETRIES = 3;
const RETRY_DELAY_MS = 400;

const isMutation = (op: Operation) => {
  const def = getMainDefinition(op.query);
  return def.kind === 'OperationDefinition' && def.operation === 'mutation';
};

const outcomeUnknown = (result: FetchResult) =>
  result.errors?.some((e) => e.extensions?.code === 'OUTCOME_UNKNOWN') ?? false;

/**
 * Every mutation carries an Idempotency-Key: a fresh one per mutation (or the one passed as
 * `context: { idempotencyKey }`), the same on every retry of it. A mutation whose answer was lost
 * (network error) or whose outcome is unknown (OUTCOME_UNKNOWN) is sent again with its key: the
 * API saves it at most once and answers with what was saved.
 */
export function idempotencyLink(newKey: () => string = () => crypto.randomUUID()): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (!isMutation(operation)) return forward(operation);
    const key = (operation.getContext().idempotencyKey as string | undefined) ?? newKey();
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      idempotencyKey: key,
      headers: { ...headers, 'Idempotency-Key': key },
    }));
    return new Observable<FetchResult>((observer) => {
      let tries = 0;
      let stopped = false;
      let current: { unsubscribe(): void } | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const again = () => {
        current?.unsubscribe();
        timer = setTimeout(attempt, RETRY_DELAY_MS * tries);
      };
      const attempt = () => {
        if (stopped) return;
        tries++;
        let retrying = false;
        current = forward(operation).subscribe({
          next: (result) => {
            if (tries <= RETRIES && outcomeUnknown(result)) {
              retrying = true;
              again();
            } else observer.next(result);
          },
          error: (err: unknown) => {
            if (tries <= RETRIES && !retrying) again();
            else if (!retrying) observer.error(err);
          },
          complete: () => {
            if (!retrying) observer.complete();
          },
        });
      };
      attempt();
      return () => {
        stopped = true;
        clearTimeout(timer);
        current?.unsubscribe();
      };
    });
  });
}

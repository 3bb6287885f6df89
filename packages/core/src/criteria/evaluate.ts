import type { Comparator, CriterionSource } from '../schema/enums.js';
import type { SuccessCriterion } from '../schema/connector.schema.js';

export interface CriterionResult extends SuccessCriterion {
  /** The text the criterion looked at (the body is cut to 200 characters here). */
  actual: string;
  passed: boolean;
}

const compare: Record<Comparator, (actual: string, expected: string) => boolean> = {
  EQUALS: (a, e) => a === e,
  NOT_EQUALS: (a, e) => a !== e,
  CONTAINS: (a, e) => a.includes(e),
  NOT_CONTAINS: (a, e) => !a.includes(e),
};

/** What a failed criterion of each comparator means, e.g. "status code 404 does not equal 200". */
const failedText: Record<Comparator, (what: string, expected: string) => string> = {
  EQUALS: (what, e) => `${what} does not equal ${e}`,
  NOT_EQUALS: (what, e) => `${what} equals ${e}`,
  CONTAINS: (what, e) => `${what} does not contain ${e}`,
  NOT_CONTAINS: (what, e) => `${what} contains ${e}`,
};

/** What criteria look at: the response and the value the response mapping read from it. */
export interface JudgedResponse {
  status: number;
  body: string;
  /** Null: no mapping, or nothing read. */
  responseValue?: string | null;
}

interface Source {
  read(response: JudgedResponse): string;
  /** The expected value as compared: a status code ignores surrounding spaces. */
  expected(value: string): string;
  describe(actual: string, expected: string): [what: string, expected: string];
}

const sources: Record<CriterionSource, Source> = {
  STATUS_CODE: {
    read: (r) => String(r.status),
    expected: (v) => v.trim(),
    describe: (actual, e) => [`status code ${actual}`, e],
  },
  RESPONSE_BODY: {
    read: (r) => r.body,
    expected: (v) => v,
    describe: (_actual, e) => ['response body', JSON.stringify(e)],
  },
  RESPONSE_VALUE: {
    read: (r) => r.responseValue ?? '',
    expected: (v) => v,
    describe: (actual, e) => [`response value ${JSON.stringify(actual)}`, JSON.stringify(e)],
  },
};

const MAX_ACTUAL = 200;

/** Every criterion with what it saw and whether it held; the push succeeds when all hold. */
export function evaluateCriteria(
  criteria: readonly SuccessCriterion[],
  response: JudgedResponse,
): CriterionResult[] {
  return criteria.map(({ source, comparator, value }) => {
    const from = sources[source];
    const actual = from.read(response);
    return {
      source,
      comparator,
      value,
      actual: actual.length > MAX_ACTUAL ? `${actual.slice(0, MAX_ACTUAL)}…` : actual,
      passed: compare[comparator](actual, from.expected(value)),
    };
  });
}

/** "Success criterion failed: status code 404 does not equal 200". */
export function describeFailure(result: CriterionResult): string {
  const from = sources[result.source];
  const [what, expected] = from.describe(result.actual, from.expected(result.value));
  return `Success criterion failed: ${failedText[result.comparator](what, expected)}`;
}

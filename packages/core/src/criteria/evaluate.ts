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

const describeComparator: Record<Comparator, string> = {
  EQUALS: 'equal',
  NOT_EQUALS: 'differ from',
  CONTAINS: 'contain',
  NOT_CONTAINS: 'not contain',
};

const read: Record<CriterionSource, (r: { status: number; body: string }) => string> = {
  STATUS_CODE: (r) => String(r.status),
  RESPONSE_BODY: (r) => r.body,
};

export function evaluateCriteria(
  criteria: readonly SuccessCriterion[],
  response: { status: number; body: string },
): CriterionResult[] {
  return criteria.map((c) => {
    const actual = read[c.source](response);
    return {
      ...c,
      actual: actual.length > 200 ? `${actual.slice(0, 200)}…` : actual,
      passed: compare[c.comparator](actual, c.value),
    };
  });
}

/** "Success criterion failed: status code 404 does not equal 200". */
export function describeFailure(result: CriterionResult): string {
  const what = result.source === 'STATUS_CODE' ? `status code ${result.actual}` : 'response body';
  return `Success criterion failed: ${what} does not ${describeComparator[result.comparator]} "${result.value}"`;
}

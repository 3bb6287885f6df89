import { describe, expect, it } from 'vitest';
import { describeFailure, evaluateCriteria } from './evaluate.js';

const res = { status: 201, body: '{"result":"ok","id":7}' };

describe('success criteria', () => {
  it.each([
    ['STATUS_CODE', 'EQUALS', '201', true],
    ['STATUS_CODE', 'EQUALS', '200', false],
    ['STATUS_CODE', 'NOT_EQUALS', '500', true],
    ['STATUS_CODE', 'NOT_EQUALS', '201', false],
    ['STATUS_CODE', 'CONTAINS', '20', true],
    ['STATUS_CODE', 'NOT_CONTAINS', '20', false],
    ['RESPONSE_BODY', 'CONTAINS', '"result":"ok"', true],
    ['RESPONSE_BODY', 'CONTAINS', '"OK"', false],
    ['RESPONSE_BODY', 'NOT_CONTAINS', 'error', true],
    ['RESPONSE_BODY', 'EQUALS', '{"result":"ok","id":7}', true],
    ['RESPONSE_BODY', 'NOT_EQUALS', '{"result":"ok","id":7}', false],
  ] as const)('%s %s %s -> %s', (source, comparator, value, passed) => {
    expect(evaluateCriteria([{ source, comparator, value }], res)[0]?.passed).toBe(passed);
  });

  it('lists every criterion with what it saw and explains a failure', () => {
    const results = evaluateCriteria(
      [
        { source: 'STATUS_CODE', comparator: 'EQUALS', value: '201' },
        { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' },
      ],
      res,
    );
    expect(results.map((r) => [r.actual, r.passed])).toEqual([
      ['201', true],
      ['201', false],
    ]);
    expect(describeFailure(results[1]!)).toBe(
      'Success criterion failed: status code 201 does not equal "200"',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { COMPARATORS, CRITERION_SOURCES } from '../schema/enums.js';
import { describeFailure, evaluateCriteria } from './evaluate.js';

const res = { status: 201, body: '{"result":"ok","id":7}' };

describe('success criteria', () => {
  it.each([
    ['STATUS_CODE', 'EQUALS', '201', true],
    ['STATUS_CODE', 'EQUALS', ' 201 ', true],
    ['STATUS_CODE', 'EQUALS', '200', false],
    ['STATUS_CODE', 'NOT_EQUALS', '500', true],
    ['STATUS_CODE', 'NOT_EQUALS', '201', false],
    ['STATUS_CODE', 'CONTAINS', '20', true],
    ['STATUS_CODE', 'CONTAINS', '40', false],
    ['STATUS_CODE', 'NOT_CONTAINS', '20', false],
    ['STATUS_CODE', 'NOT_CONTAINS', '5', true],
    ['RESPONSE_BODY', 'EQUALS', '{"result":"ok","id":7}', true],
    ['RESPONSE_BODY', 'EQUALS', '{"result":"ok"}', false],
    ['RESPONSE_BODY', 'NOT_EQUALS', '{"result":"ok","id":7}', false],
    ['RESPONSE_BODY', 'NOT_EQUALS', 'ok', true],
    ['RESPONSE_BODY', 'CONTAINS', '"result":"ok"', true],
    ['RESPONSE_BODY', 'CONTAINS', '"OK"', false],
    ['RESPONSE_BODY', 'NOT_CONTAINS', 'error', true],
    ['RESPONSE_BODY', 'NOT_CONTAINS', 'result', false],
  ] as const)('%s %s %j -> %s', (source, comparator, value, passed) => {
    expect(evaluateCriteria([{ source, comparator, value }], res)[0]?.passed).toBe(passed);
  });

  it('covers every source and comparator', () => {
    for (const source of CRITERION_SOURCES)
      for (const comparator of COMPARATORS)
        expect(typeof evaluateCriteria([{ source, comparator, value: '1' }], res)[0]?.passed).toBe(
          'boolean',
        );
  });

  it('lists every criterion with what it saw, in order', () => {
    const results = evaluateCriteria(
      [
        { source: 'STATUS_CODE', comparator: 'EQUALS', value: '201' },
        { source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: 'nope' },
      ],
      res,
    );
    expect(results).toEqual([
      { source: 'STATUS_CODE', comparator: 'EQUALS', value: '201', actual: '201', passed: true },
      {
        source: 'RESPONSE_BODY',
        comparator: 'CONTAINS',
        value: 'nope',
        actual: res.body,
        passed: false,
      },
    ]);
  });

  it('cuts a long body in what it shows but compares the whole of it', () => {
    const long = { status: 200, body: `${'x'.repeat(500)}done` };
    const [r] = evaluateCriteria(
      [{ source: 'RESPONSE_BODY', comparator: 'CONTAINS', value: 'done' }],
      long,
    );
    expect(r).toMatchObject({ passed: true, actual: `${'x'.repeat(200)}…` });
  });

  it.each([
    ['STATUS_CODE', 'EQUALS', '200', 'status code 201 does not equal 200'],
    ['STATUS_CODE', 'NOT_EQUALS', '201', 'status code 201 equals 201'],
    ['STATUS_CODE', 'CONTAINS', '40', 'status code 201 does not contain 40'],
    ['RESPONSE_BODY', 'CONTAINS', 'done', 'response body does not contain "done"'],
    ['RESPONSE_BODY', 'NOT_CONTAINS', 'ok', 'response body contains "ok"'],
  ] as const)('explains a failed %s %s %s', (source, comparator, value, text) => {
    const [r] = evaluateCriteria([{ source, comparator, value }], res);
    expect(describeFailure(r!)).toBe(`Success criterion failed: ${text}`);
  });
});

import { describe, expect, it } from 'vitest';
import {
  clearLaterSections,
  emptyForm,
  formIssues,
  issuesByPath,
  rowErrors,
  sectionOf,
  toInput,
} from './connector-form';

describe('connector form', () => {
  it('an empty form is incomplete in every section but Success Criteria', () => {
    const sections = new Set(formIssues(emptyForm()).map((i) => sectionOf(i.path)));
    expect([...sections].sort()).toEqual(['basics', 'request']);
  });

  it('sends only the fields of the chosen auth type and keeps a stored passcode', () => {
    const form = emptyForm();
    form.auth = { ...form.auth, type: 'BASIC', username: 'u', hasPasscode: true, tokenUrl: 'x' };
    expect(toInput(form).authentication).toEqual({ type: 'BASIC', username: 'u', passcode: null });
    expect(formIssues(form).some((i) => i.path.startsWith('authentication'))).toBe(false);
  });

  it('clears the later sections when the entity type changes', () => {
    const form = {
      ...emptyForm(),
      name: 'N',
      url: 'https://x.test',
      bodyTemplate: '{}',
      headers: [{ key: 'a', value: 'b' }],
    };
    const cleared = clearLaterSections(form);
    expect(cleared).toMatchObject({ name: 'N', url: '', bodyTemplate: '', headers: [] });
  });

  it('maps server paths to fields and rows', () => {
    const errors = issuesByPath([
      { path: 'input.request.headers.0.key', message: 'Header key must not be blank' },
      { path: 'input.name', message: 'Name is taken' },
    ]);
    expect(errors.name).toBe('Name is taken');
    expect(rowErrors(errors, 'request.headers')).toEqual({
      '0.key': 'Header key must not be blank',
    });
  });
});

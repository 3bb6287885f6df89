import { describe, expect, it } from 'vitest';
import {
  clearLaterSections,
  emptyForm,
  formIssues,
  issuesByPath,
  rowErrors,
  parseHeaders,
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

  it('counts a token request body hidden from a viewer as filled', () => {
    const form = emptyForm();
    form.auth = {
      ...form.auth,
      type: 'TOKEN',
      tokenUrl: 'https://auth.test/token',
      accessTokenName: 'access_token',
      tokenRequestBodyHidden: true,
    };
    expect(formIssues(form).some((i) => i.path.startsWith('authentication'))).toBe(false);
    form.auth.tokenRequestBodyHidden = false;
    expect(formIssues(form).map((i) => i.path)).toContain('authentication.tokenRequestBody');
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

  it('sends the delivery policy: blanks leave the default, a blank rate limit is no limit', () => {
    const form = emptyForm();
    expect(toInput(form).delivery).toEqual({
      maxAttempts: 5,
      timeoutMs: 10_000,
      rateLimitPerMinute: null,
    });
    form.delivery = { maxAttempts: '', timeoutMs: 2500, rateLimitPerMinute: 30 };
    expect(toInput(form).delivery).toEqual({
      maxAttempts: undefined,
      timeoutMs: 2500,
      rateLimitPerMinute: 30,
    });
    form.delivery = { maxAttempts: 21, timeoutMs: 10_000, rateLimitPerMinute: '' };
    expect(toInput(form).delivery?.rateLimitPerMinute).toBeNull();
    const issue = formIssues(form).find((i) => i.path === 'delivery.maxAttempts');
    expect(issue?.message).toBe('Max attempts must be between 1 and 20');
    expect(sectionOf('delivery.maxAttempts')).toBe('request');
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

  it('sends a response mapping only while it is on; the delimiter only for TEXT', () => {
    const form = emptyForm();
    expect(toInput(form).responseMapping).toBeNull();
    form.response = {
      on: true,
      format: 'JSON',
      responseKey: 'data.id',
      delimiter: '|',
      writeBackField: '',
    };
    expect(toInput(form).responseMapping).toEqual({
      format: 'JSON',
      responseKey: 'data.id',
      delimiter: null,
      writeBackField: null,
    });
    form.response = { ...form.response, format: 'TEXT', writeBackField: 'contact.custom.x' };
    expect(toInput(form).responseMapping).toMatchObject({
      delimiter: '|',
      writeBackField: 'contact.custom.x',
    });
    form.response.responseKey = '';
    expect(formIssues(form).map((i) => i.path)).toContain('responseMapping.responseKey');
    expect(sectionOf('responseMapping.responseKey')).toBe('request');
  });

  it('sends Sign pushes, and a header named like a signature header is refused while it is on', () => {
    const form = emptyForm();
    expect(toInput(form).signPushes).toBe(false);
    form.signPushes = true;
    form.headers = [{ key: 'webhook-id', value: 'x' }];
    expect(toInput(form).signPushes).toBe(true);
    expect(formIssues(form)).toContainEqual({
      path: 'request.headers.0.key',
      message: 'webhook-id is set by Sign pushes',
    });
    expect(sectionOf('request.headers.0.key')).toBe('request');
  });

  it('reads pasted headers separated by | or by lines', () => {
    expect(parseHeaders('Content-Type: application/json|Authorization: Bearer x')).toEqual([
      { key: 'Content-Type', value: 'application/json', secret: false },
      { key: 'Authorization', value: 'Bearer x', secret: true },
    ]);
    expect(parseHeaders('X-A: 1\r\n\nno colon\nX-B:  a:b ')).toEqual([
      { key: 'X-A', value: '1', secret: false },
      { key: 'X-B', value: 'a:b', secret: false },
    ]);
  });
});

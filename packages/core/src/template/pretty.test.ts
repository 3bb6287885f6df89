import { describe, expect, it } from 'vitest';
import { prettyBodyTemplate } from './pretty.js';

describe('prettyBodyTemplate', () => {
  it('lays out a picker-built body around bare placeholders', () => {
    expect(
      prettyBodyTemplate(
        '{"amount":{{loan.amount}},"name":"{{contact.firstName}} x","tags":[{{a.b}}]}',
      ),
    ).toBe(
      '{\n  "amount": {{loan.amount}},\n  "name": "{{contact.firstName}} x",\n  "tags": [\n    {{a.b}}\n  ]\n}',
    );
  });
  it('keeps plain JSON formatting as JSON.stringify does', () => {
    expect(prettyBodyTemplate('{"a":[1,2]}')).toBe(JSON.stringify({ a: [1, 2] }, null, 2));
  });
  it('is null for text that is not JSON with placeholders', () => {
    expect(prettyBodyTemplate('{"a": }')).toBeNull();
    expect(prettyBodyTemplate('{"a": {{x}')).toBeNull();
  });
  it('never mistakes a string in the body for its marker', () => {
    const body = '{"note":"@odc-slot0","v":{{a.b}}}';
    expect(prettyBodyTemplate(body)).toBe('{\n  "note": "@odc-slot0",\n  "v": {{a.b}}\n}');
  });
});

import { describe, expect, it } from 'vitest';
import { recordLabel } from './run.mapper.js';

describe('recordLabel', () => {
  it("is a contact's full name and a loan's number, from the snapshot", () => {
    const contact = { 'contact.firstName': ' Earl ', 'contact.lastName': 'Sancho' };
    expect(recordLabel({ entityType: 'CONTACT', snapshot: contact })).toBe('Earl Sancho');
    const loan = { 'loan.loanNumber': 'LN-7', 'contact.firstName': 'Earl' };
    expect(recordLabel({ entityType: 'LOAN', snapshot: loan })).toBe('LN-7');
  });

  it('is null when the snapshot has neither', () => {
    expect(recordLabel({ entityType: 'CONTACT', snapshot: {} })).toBeNull();
    expect(recordLabel({ entityType: 'LOAN', snapshot: { 'loan.loanNumber': '  ' } })).toBeNull();
  });
});

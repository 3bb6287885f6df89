import { describe, expect, it } from 'vitest';
import { homeOf, manages, seesConnectors, type Me } from './session';

const me = (connectorAccess: 'MANAGE' | 'READ_ONLY' | 'NONE'): Me => ({
  id: '1',
  email: 'a@b.test',
  name: 'A',
  role: { id: 'r', name: 'Role', connectorAccess },
  organization: { id: 'o', name: 'Org' },
});

describe('session', () => {
  it('sends NONE roles to contacts and the others to the connectors', () => {
    expect(homeOf(me('MANAGE'))).toBe('/connectors');
    expect(homeOf(me('READ_ONLY'))).toBe('/connectors');
    expect(homeOf(me('NONE'))).toBe('/contacts');
    expect(seesConnectors(me('NONE'))).toBe(false);
    expect(manages(me('READ_ONLY'))).toBe(false);
    expect(manages(me('MANAGE'))).toBe(true);
  });
});

import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { connectorInput } from './fixtures.js';
import { SECRET_BODY, type World } from './world.js';

export type Role = 'MANAGE' | 'READ_ONLY' | 'NONE';
export type Caller = Role | 'ANONYMOUS' | 'FORGED' | 'EXPIRED';
export type Outcome =
  'data' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';
type Vars = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

/** One query or mutation of the contract, with what each role must get. */
export interface Op {
  /** The root field first, then words telling rows of one field apart. */
  name: string;
  query: string;
  vars?: (w: World, caller: Caller) => Vars | Promise<Vars>;
  /** For MANAGE, READ_ONLY and NONE. Callers without a valid token get UNAUTHENTICATED. */
  roles: [Outcome, Outcome, Outcome];
  /** signUp and login: anyone, token or not. */
  open?: boolean;
  /** Puts the state back before each call. */
  reset?: (w: World) => Promise<void>;
  /** The state this mutation changes, as its admin sees it: changed exactly when data came back. */
  probe?: (w: World, vars: Vars) => Promise<unknown>;
  check?: (data: Data, caller: Caller, w: World) => void;
}

const tag = () => randomBytes(4).toString('hex');
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const ALL: [Outcome, Outcome, Outcome] = ['data', 'data', 'data'];
const MANAGE_ONLY: [Outcome, Outcome, Outcome] = ['data', 'FORBIDDEN', 'FORBIDDEN'];
const PAGE: [Outcome, Outcome, Outcome] = ['data', 'data', 'FORBIDDEN'];
/** Records: MANAGE sees all; the officer owns the record; the viewer owns none. */
const OWNED: [Outcome, Outcome, Outcome] = ['data', 'NOT_FOUND', 'data'];

const admin = (w: World) => w.org.admin;
const tokenBody = (caller: Caller) => (caller === 'MANAGE' ? SECRET_BODY : null);
/** Which of the fixture ids the caller may see: MANAGE all, NONE the officer's. */
const visible = (caller: Caller, officers: string, admins: string, readOnlySees: boolean) => {
  if (caller === 'MANAGE' || (caller === 'READ_ONLY' && readOnlySees)) return [officers, admins];
  return caller === 'NONE' ? [officers] : [];
};
const expectVisible = (got: string[], want: string[], all: string[]) => {
  for (const id of all) expect(got.includes(id)).toBe(want.includes(id));
};

const CONNECTOR = `query($id: ID!) { connector(id: $id) { id authentication { tokenRequestBody } } }`;
const RUN = `query($id: ID!) { run(id: $id) { id initiatedBy { id } connector { id } } }`;
const CONTACT = `query($id: ID!) { contact(id: $id) { id firstName owner { id } } }`;
const LOAN = `query($id: ID!) { loan(id: $id) { id loanNumber owner { id } } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id status } }`;
const runCount = async (w: World) => (await admin(w).ok(`{ runs { totalCount } }`)).runs.totalCount;
const freshContact = async (w: World) => ({
  id: (
    await w.org.officer.ok(
      `mutation { createContact(input: {firstName: "Del", lastName: "Me"}) { id } }`,
    )
  ).createContact.id,
});
const freshLoan = async (w: World) => ({
  id: (
    await w.org.officer.ok(
      `mutation { createLoan(input: {loanNumber: "DEL", loanType: AUTO}) { id } }`,
    )
  ).createLoan.id,
});
const setPublished = (published: boolean) => async (w: World) => {
  const verb = published ? 'publishConnector' : 'unpublishConnector';
  await admin(w).ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: w.connectors.toggle });
};

const QUERIES: Op[] = [
  {
    name: 'me',
    query: `{ me { id role { connectorAccess } organization { id } } }`,
    roles: ALL,
    check: (d, caller) => expect(d.me.role.connectorAccess).toBe(caller),
  },
  { name: 'roles', query: `{ roles { id name connectorAccess } }`, roles: ALL },
  { name: 'users', query: `{ users { id email role { id } } }`, roles: ALL },
  {
    name: 'connectors',
    query: `{ connectors(pageSize: 100) { totalCount items { id authentication { tokenRequestBody } } } }`,
    roles: PAGE,
    check: (d, caller, w) =>
      expect(
        d.connectors.items.find((c: Data) => c.id === w.connectors.secret).authentication
          .tokenRequestBody,
      ).toBe(tokenBody(caller)),
  },
  {
    name: 'connector',
    query: CONNECTOR,
    vars: (w) => ({ id: w.connectors.secret }),
    roles: PAGE,
    check: (d, caller) =>
      expect(d.connector.authentication.tokenRequestBody).toBe(tokenBody(caller)),
  },
  {
    name: 'connector of an unknown id',
    query: CONNECTOR,
    vars: () => ({ id: 'no-such-connector' }),
    roles: ['null', 'null', 'FORBIDDEN'],
  },
  {
    name: 'connector with its runs',
    query: `query($id: ID!) { connector(id: $id) { runs(pageSize: 100) { items { id } } } }`,
    vars: (w) => ({ id: w.connectors.live }),
    roles: PAGE,
    check: (d, _c, w) =>
      expect(ids(d.connector.runs.items)).toEqual(expect.arrayContaining(Object.values(w.runs))),
  },
  {
    name: 'pushConnectors',
    query: `{ pushConnectors(entityType: CONTACT) { id authentication { tokenRequestBody }
      runs(pageSize: 100) { items { id } } } }`,
    roles: ALL,
    check: (d, caller, w) => {
      const { live, adminOnly, secret } = w.connectors;
      const menu: Data[] = d.pushConnectors;
      expect(ids(menu).sort()).toEqual(
        (caller === 'MANAGE' ? [live, adminOnly, secret] : [live, secret]).sort(),
      );
      const byId = (id: string) => menu.find((c) => c.id === id);
      expect(byId(secret).authentication.tokenRequestBody).toBe(tokenBody(caller));
      const all = Object.values(w.runs);
      expectVisible(
        ids(byId(live).runs.items),
        visible(caller, w.runs.officer, w.runs.admin, true),
        all,
      );
    },
  },
  { name: 'fieldCatalog', query: `{ fieldCatalog(entityType: LOAN) { key } }`, roles: ALL },
  {
    name: 'run started by the officer',
    query: RUN,
    vars: (w) => ({ id: w.runs.officer }),
    roles: ALL,
    check: (d, _c, w) =>
      expect(d.run).toEqual({
        id: w.runs.officer,
        initiatedBy: { id: w.org.officerId },
        connector: { id: w.connectors.live },
      }),
  },
  {
    name: 'run started by the admin',
    query: RUN,
    vars: (w) => ({ id: w.runs.admin }),
    roles: ['data', 'data', 'null'],
  },
  {
    name: 'runs',
    query: `{ runs(pageSize: 100) { items { id } } }`,
    roles: ALL,
    check: (d, caller, w) =>
      expectVisible(
        ids(d.runs.items),
        visible(caller, w.runs.officer, w.runs.admin, true),
        Object.values(w.runs),
      ),
  },
  {
    name: 'contacts',
    query: `{ contacts(pageSize: 100) { items { id } } }`,
    roles: ALL,
    check: (d, caller, w) =>
      expectVisible(
        ids(d.contacts.items),
        visible(caller, w.contacts.officer, w.contacts.admin, false),
        Object.values(w.contacts),
      ),
  },
  {
    name: 'contact of the officer',
    query: CONTACT,
    vars: (w) => ({ id: w.contacts.officer }),
    roles: ['data', 'null', 'data'],
  },
  {
    name: 'contact of the admin',
    query: CONTACT,
    vars: (w) => ({ id: w.contacts.admin }),
    roles: ['data', 'null', 'null'],
  },
  {
    name: 'loans',
    query: `{ loans(pageSize: 100) { items { id } } }`,
    roles: ALL,
    check: (d, caller, w) =>
      expectVisible(ids(d.loans.items), visible(caller, w.loans.officer, w.loans.admin, false), [
        w.loans.officer,
        w.loans.admin,
      ]),
  },
  {
    name: 'loan of the officer',
    query: LOAN,
    vars: (w) => ({ id: w.loans.officer }),
    roles: ['data', 'null', 'data'],
  },
  {
    name: 'loan of the admin',
    query: LOAN,
    vars: (w) => ({ id: w.loans.admin }),
    roles: ['data', 'null', 'null'],
  },
  {
    name: 'signingSecret of a connector that never signed',
    query: `query($id: ID!) { signingSecret(connectorId: $id) }`,
    vars: (w) => ({ id: w.connectors.live }),
    roles: ['null', 'FORBIDDEN', 'FORBIDDEN'],
  },
];

const MUTATIONS: Op[] = [
  {
    name: 'signUp',
    open: true,
    query: `mutation($i: SignUpInput!) { signUp(input: $i) { token user { role { connectorAccess } } } }`,
    vars: () => ({
      i: {
        organizationName: 'Else',
        name: 'E',
        email: `e-${tag()}@else.test`,
        password: 'password-1',
      },
    }),
    roles: ALL,
  },
  {
    name: 'login',
    open: true,
    query: `mutation($e: String!) { login(email: $e, password: "password-1") { token } }`,
    vars: (w) => ({ e: w.adminEmail }),
    roles: ALL,
  },
  {
    name: 'createRole',
    query: `mutation($i: RoleInput!) { createRole(input: $i) { id } }`,
    vars: (_w, caller) => ({ i: { name: `Role by ${caller}`, connectorAccess: 'NONE' } }),
    roles: MANAGE_ONLY,
    probe: async (w) => (await admin(w).ok(`{ roles { name } }`)).roles,
  },
  {
    name: 'createUser',
    query: `mutation($i: UserInput!) { createUser(input: $i) { id } }`,
    vars: (w) => ({
      i: {
        email: `u-${tag()}@new.test`,
        name: 'U',
        password: 'password-1',
        roleId: w.org.viewerRoleId,
      },
    }),
    roles: MANAGE_ONLY,
    probe: async (w) => (await admin(w).ok(`{ users { email } }`)).users,
  },
  {
    name: 'updateOrganization',
    query: `mutation($i: OrganizationInput!) { updateOrganization(input: $i) { name } }`,
    vars: (_w, caller) => ({ i: { name: `Renamed by ${caller}` } }),
    roles: MANAGE_ONLY,
    probe: async (w) => (await admin(w).ok(`{ me { organization { name } } }`)).me,
  },
  {
    name: 'defineCustomField',
    query: `mutation($i: CustomFieldInput!) { defineCustomField(input: $i) { key } }`,
    vars: () => ({ i: { entityType: 'CONTACT', key: `f${tag()}`, label: 'F', type: 'STRING' } }),
    roles: MANAGE_ONLY,
    probe: async (w) =>
      (await admin(w).ok(`{ fieldCatalog(entityType: CONTACT) { key } }`)).fieldCatalog,
  },
  {
    name: 'createConnector',
    query: `mutation($i: ConnectorInput!) { createConnector(input: $i) { id authentication { tokenRequestBody } } }`,
    vars: (w, caller) => ({
      i: connectorInput({
        name: `New by ${caller}`,
        roleIds: [w.org.officerRoleId],
        url: `${w.targetUrl}/ok`,
        authentication: {
          type: 'TOKEN',
          tokenUrl: `${w.targetUrl}/token`,
          tokenRequestBody: SECRET_BODY,
          accessTokenName: 'token',
        },
      }),
    }),
    roles: MANAGE_ONLY,
    probe: async (w) =>
      (await admin(w).ok(`{ connectors(pageSize: 100) { totalCount } }`)).connectors,
    check: (d) => expect(d.createConnector.authentication.tokenRequestBody).toBe(SECRET_BODY),
  },
  {
    name: 'updateConnector',
    query: `mutation($id: ID!, $i: ConnectorInput!) { updateConnector(id: $id, input: $i) { name } }`,
    vars: (w, caller) => ({
      id: w.connectors.draft,
      i: connectorInput({
        name: `Draft by ${caller}`,
        roleIds: [w.org.officerRoleId],
        url: `${w.targetUrl}/ok`,
      }),
    }),
    roles: MANAGE_ONLY,
    probe: async (w) =>
      (
        await admin(w).ok(`query($id: ID!) { connector(id: $id) { name } }`, {
          id: w.connectors.draft,
        })
      ).connector,
  },
  ...(['publishConnector', 'unpublishConnector'] as const).map((verb): Op => ({
    name: verb,
    query: `mutation($id: ID!) { ${verb}(id: $id) { published } }`,
    vars: (w) => ({ id: w.connectors.toggle }),
    roles: MANAGE_ONLY,
    reset: setPublished(verb === 'unpublishConnector'),
    probe: async (w) =>
      (
        await admin(w).ok(`query($id: ID!) { connector(id: $id) { published } }`, {
          id: w.connectors.toggle,
        })
      ).connector,
  })),
  {
    name: 'triggerPush of the officer contact',
    query: TRIGGER,
    vars: (w) => ({ c: w.connectors.live, r: w.contacts.officer }),
    roles: OWNED,
    probe: runCount,
  },
  {
    name: 'triggerPush with the admin-only connector',
    query: TRIGGER,
    vars: (w) => ({ c: w.connectors.adminOnly, r: w.contacts.officer }),
    roles: MANAGE_ONLY,
    probe: runCount,
  },
  {
    name: 'triggerPush with an unpublished connector',
    query: TRIGGER,
    vars: (w) => ({ c: w.connectors.off, r: w.contacts.officer }),
    roles: ['CONFLICT', 'CONFLICT', 'CONFLICT'],
    probe: runCount,
  },
  {
    name: 'triggerPush with an unknown connector',
    query: TRIGGER,
    vars: (w) => ({ c: 'no-such-connector', r: w.contacts.officer }),
    roles: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    probe: runCount,
  },
  {
    name: 'testConnector',
    query: `mutation($id: ID!) { testConnector(id: $id) { id trigger } }`,
    vars: (w) => ({ id: w.connectors.draft }),
    roles: MANAGE_ONLY,
    probe: runCount,
  },
  {
    name: 'createContact',
    query: `mutation($i: ContactInput!) { createContact(input: $i) { id owner { id } } }`,
    vars: (_w, caller) => ({ i: { firstName: caller, lastName: 'New' } }),
    roles: ALL,
    probe: async (w) => (await admin(w).ok(`{ contacts { totalCount } }`)).contacts,
  },
  {
    name: 'createContact owned by the officer',
    query: `mutation($i: ContactInput!) { createContact(input: $i) { id } }`,
    vars: (w, caller) => ({ i: { ownerId: w.org.officerId, firstName: caller, lastName: 'For' } }),
    roles: ['data', 'FORBIDDEN', 'data'],
    probe: async (w) => (await admin(w).ok(`{ contacts { totalCount } }`)).contacts,
  },
  {
    name: 'updateContact of the officer',
    query: `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { firstName } }`,
    vars: (w, caller) => ({
      id: w.contacts.officer,
      i: { ownerId: w.org.officerId, firstName: `By ${caller}`, lastName: 'O' },
    }),
    roles: OWNED,
    probe: async (w) => (await admin(w).ok(CONTACT, { id: w.contacts.officer })).contact,
  },
  {
    name: 'updateContact of the admin',
    query: `mutation($id: ID!, $i: ContactInput!) { updateContact(id: $id, input: $i) { firstName } }`,
    vars: (w, caller) => ({
      id: w.contacts.admin,
      i: { ownerId: w.org.adminId, firstName: `By ${caller}`, lastName: 'A' },
    }),
    roles: ['data', 'NOT_FOUND', 'NOT_FOUND'],
    probe: async (w) => (await admin(w).ok(CONTACT, { id: w.contacts.admin })).contact,
  },
  {
    name: 'deleteContact of the officer',
    query: `mutation($id: ID!) { deleteContact(id: $id) }`,
    vars: freshContact,
    roles: OWNED,
    probe: async (w, v) => (await admin(w).ok(CONTACT, { id: v.id })).contact,
  },
  {
    name: 'createLoan',
    query: `mutation($i: LoanInput!) { createLoan(input: $i) { id } }`,
    vars: (_w, caller) => ({ i: { loanNumber: `N-${caller}`, loanType: 'AUTO' } }),
    roles: ALL,
    probe: async (w) => (await admin(w).ok(`{ loans { totalCount } }`)).loans,
  },
  {
    name: 'createLoan with the admin contact as borrower',
    query: `mutation($i: LoanInput!) { createLoan(input: $i) { id } }`,
    vars: (w) => ({ i: { loanNumber: 'B', loanType: 'AUTO', borrowerId: w.contacts.admin } }),
    roles: ['data', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
    probe: async (w) => (await admin(w).ok(`{ loans { totalCount } }`)).loans,
  },
  {
    name: 'updateLoan of the officer',
    query: `mutation($id: ID!, $i: LoanInput!) { updateLoan(id: $id, input: $i) { loanNumber } }`,
    vars: (w, caller) => ({
      id: w.loans.officer,
      i: { ownerId: w.org.officerId, loanNumber: `By ${caller}`, loanType: 'AUTO' },
    }),
    roles: OWNED,
    probe: async (w) => (await admin(w).ok(LOAN, { id: w.loans.officer })).loan,
  },
  {
    name: 'deleteLoan of the officer',
    query: `mutation($id: ID!) { deleteLoan(id: $id) }`,
    vars: freshLoan,
    roles: OWNED,
    probe: async (w, v) => (await admin(w).ok(LOAN, { id: v.id })).loan,
  },
  {
    name: 'rotateSigningSecret of a connector that does not sign',
    query: `mutation($id: ID!) { rotateSigningSecret(connectorId: $id) }`,
    vars: (w) => ({ id: w.connectors.live }),
    roles: ['CONFLICT', 'FORBIDDEN', 'FORBIDDEN'],
  },
];

/** Every query and mutation of the contract, some more than once. */
export const OPS: Op[] = [...QUERIES, ...MUTATIONS];

export const CALLERS: Caller[] = ['MANAGE', 'READ_ONLY', 'NONE', 'ANONYMOUS', 'FORGED', 'EXPIRED'];

export function outcomeOf(op: Op, caller: Caller): Outcome {
  if (caller === 'MANAGE') return op.roles[0];
  if (caller === 'READ_ONLY') return op.roles[1];
  if (caller === 'NONE') return op.roles[2];
  return op.open ? 'data' : 'UNAUTHENTICATED';
}

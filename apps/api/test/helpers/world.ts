import { Client } from './client.js';
import { connectorInput, CREATE_CONNECTOR } from './fixtures.js';
import { makeOrg, type OrgUsers } from './org.js';
import { waitFor } from './target.js';

export const SECRET_BODY = '{"apiKey":"tok-SECRET-body"}';

/** One organization with a connector, record and run for each access rule. */
export interface World {
  org: OrgUsers;
  /** The loopback target the connectors push to. */
  targetUrl: string;
  adminEmail: string;
  connectors: {
    /** Published; roles MANAGE, READ_ONLY and NONE. */
    live: string;
    /** Published; the admin role only. */
    adminOnly: string;
    /** Unpublished; every role. */
    off: string;
    /** Published TOKEN auth holding SECRET_BODY; every role. */
    secret: string;
    /** Unpublished; what updateConnector and testConnector change. */
    draft: string;
    /** What publishConnector and unpublishConnector switch. */
    toggle: string;
  };
  contacts: { officer: string; admin: string };
  /** borrowed: the officer's loan whose borrower is the admin's contact. */
  loans: { officer: string; admin: string; borrowed: string };
  /** Finished manual runs: the officer's of the officer's contact, the admin's of the admin's. */
  runs: { officer: string; admin: string };
}

const CONTACT = `mutation($i: ContactInput!) { createContact(input: $i) { id } }`;
const LOAN = `mutation($i: LoanInput!) { createLoan(input: $i) { id } }`;
const TRIGGER = `mutation($c: ID!, $r: ID!) { triggerPush(connectorId: $c, recordId: $r) { id } }`;

export async function buildWorld(url: string, targetUrl: string, label: string): Promise<World> {
  const org = await makeOrg(new Client(url), label);
  const { admin, officer } = org;
  const every = [org.adminRoleId, org.viewerRoleId, org.officerRoleId];
  const connector = async (
    name: string,
    roleIds: string[],
    publish: boolean,
    extra: Record<string, unknown> = {},
  ): Promise<string> =>
    (
      await admin.ok(CREATE_CONNECTOR, {
        i: connectorInput({ name, roleIds, url: `${targetUrl}/ok`, ...extra }),
        p: publish,
      })
    ).createConnector.id;
  const connectors = {
    live: await connector('Live', every, true),
    adminOnly: await connector('Admin Only', [org.adminRoleId], true),
    off: await connector('Off', every, false),
    secret: await connector('Secret', every, true, {
      authentication: {
        type: 'TOKEN',
        tokenUrl: `${targetUrl}/token`,
        tokenRequestBody: SECRET_BODY,
        accessTokenName: 'token',
      },
    }),
    draft: await connector('Draft', [org.officerRoleId], false),
    toggle: await connector('Toggle', [org.officerRoleId], false),
  };
  const contacts = {
    officer: (await officer.ok(CONTACT, { i: { firstName: 'Olive', lastName: 'Officer' } }))
      .createContact.id,
    admin: (await admin.ok(CONTACT, { i: { firstName: 'Ada', lastName: 'Admin' } })).createContact
      .id,
  };
  const loan = async (c: Client, loanNumber: string, extra: Record<string, unknown> = {}) =>
    (await c.ok(LOAN, { i: { loanNumber, loanType: 'MORTGAGE', ...extra } })).createLoan.id;
  const loans = {
    officer: await loan(officer, 'L-OFFICER'),
    admin: await loan(admin, 'L-ADMIN'),
    borrowed: await loan(admin, 'L-BORROWED', {
      ownerId: org.officerId,
      borrowerId: contacts.admin,
    }),
  };
  const runs = {
    officer: (await officer.ok(TRIGGER, { c: connectors.live, r: contacts.officer })).triggerPush
      .id,
    admin: (await admin.ok(TRIGGER, { c: connectors.live, r: contacts.admin })).triggerPush.id,
  };
  for (const id of Object.values(runs)) {
    await waitFor(
      async () =>
        (await admin.ok(`query($id: ID!) { run(id: $id) { status } }`, { id })).run.status ===
        'SUCCESS',
      10_000,
      'setup run',
    );
  }
  const adminEmail = (await admin.ok(`{ me { email } }`)).me.email;
  return { org, targetUrl, adminEmail, connectors, contacts, loans, runs };
}

import { randomBytes } from 'node:crypto';
import type { Client } from './client.js';

export interface OrgUsers {
  orgId: string;
  admin: Client;
  adminId: string;
  adminRoleId: string;
  viewer: Client;
  viewerId: string;
  viewerRoleId: string;
  officer: Client;
  officerId: string;
  officerRoleId: string;
}

const AUTH = 'token user { id role { id } organization { id } }';

/** Signs up an organization with a MANAGE admin, a READ_ONLY viewer and a NONE officer. */
export async function makeOrg(anon: Client, label = 'Org'): Promise<OrgUsers> {
  const tag = randomBytes(4).toString('hex');
  const email = (who: string) => `${who}-${tag}@${label.toLowerCase()}.test`;
  const up = await anon.ok(`mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} } }`, {
    i: {
      organizationName: `${label} ${tag}`,
      name: 'Ada Admin',
      email: email('admin'),
      password: 'password-1',
    },
  });
  const admin = anon.with(up.signUp.token);
  const person = async (who: string, access: string) => {
    const role = await admin.ok(`mutation($i: RoleInput!) { createRole(input: $i) { id } }`, {
      i: { name: `${who} role`, connectorAccess: access },
    });
    const user = await admin.ok(`mutation($i: UserInput!) { createUser(input: $i) { id } }`, {
      i: {
        email: email(who),
        name: `${who} person`,
        password: 'password-1',
        roleId: role.createRole.id,
      },
    });
    const login = await anon.ok(
      `mutation($e: String!) { login(email: $e, password: "password-1") { token } }`,
      {
        e: email(who),
      },
    );
    return {
      client: anon.with(login.login.token),
      id: user.createUser.id as string,
      roleId: role.createRole.id as string,
    };
  };
  const viewer = await person('viewer', 'READ_ONLY');
  const officer = await person('officer', 'NONE');
  return {
    orgId: up.signUp.user.organization.id,
    admin,
    adminId: up.signUp.user.id,
    adminRoleId: up.signUp.user.role.id,
    viewer: viewer.client,
    viewerId: viewer.id,
    viewerRoleId: viewer.roleId,
    officer: officer.client,
    officerId: officer.id,
    officerRoleId: officer.roleId,
  };
}

import type { OrganizationEntity } from './organization.entity.js';
import type { RoleEntity } from './role.entity.js';
import type { UserEntity } from './user.entity.js';
import { OrganizationView, RoleView, UserView } from './identity.type.js';

export function toUser(e: UserEntity): UserView {
  return Object.assign(new UserView(), {
    id: e.id,
    email: e.email,
    name: e.name,
    roleId: e.roleId,
    organizationId: e.organizationId,
  });
}

export function toRole(e: RoleEntity): RoleView {
  return Object.assign(new RoleView(), {
    id: e.id,
    name: e.name,
    connectorAccess: e.connectorAccess,
  });
}

export function toOrganization(e: OrganizationEntity): OrganizationView {
  return Object.assign(new OrganizationView(), {
    id: e.id,
    name: e.name,
    storesBirthYear: e.storesBirthYear,
  });
}

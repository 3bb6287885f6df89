import type { OrganizationEntity } from './organization.entity.js';
import type { RoleEntity } from './role.entity.js';
import type { UserEntity } from './user.entity.js';
import { OrganizationType, RoleType, UserType } from './identity.type.js';

export function toUser(e: UserEntity): UserType {
  return Object.assign(new UserType(), {
    id: e.id,
    email: e.email,
    name: e.name,
    roleId: e.roleId,
    organizationId: e.organizationId,
  });
}

export function toRole(e: RoleEntity): RoleType {
  return Object.assign(new RoleType(), {
    id: e.id,
    name: e.name,
    connectorAccess: e.connectorAccess,
  });
}

export function toOrganization(e: OrganizationEntity): OrganizationType {
  return Object.assign(new OrganizationType(), {
    id: e.id,
    name: e.name,
    storesBirthYear: e.storesBirthYear,
  });
}

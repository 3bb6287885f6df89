import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context, Loader } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { toOrganization, toRole } from './identity.mapper.js';
import { OrganizationType, RoleType, UserType } from './identity.type.js';
import type { OrganizationEntity } from './organization.entity.js';
import type { RoleEntity } from './role.entity.js';

type UserContext = Context<
  object,
  { role: Loader<RoleEntity>; organization: Loader<OrganizationEntity> }
>;

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => RoleType)
  async role(@Root() user: UserType, @Ctx() ctx: UserContext): Promise<RoleType> {
    const role = await ctx.loaders.role.load(user.roleId);
    if (!role) throw notFound('Role');
    return toRole(role);
  }

  @FieldResolver(() => OrganizationType)
  async organization(@Root() user: UserType, @Ctx() ctx: UserContext): Promise<OrganizationType> {
    const org = await ctx.loaders.organization.load(user.organizationId);
    if (!org) throw notFound('Organization');
    return toOrganization(org);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context, Loader } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { toOrganization, toRole } from './identity.mapper.js';
import { OrganizationView, RoleView, UserView } from './identity.type.js';
import type { OrganizationEntity } from './organization.entity.js';
import type { RoleEntity } from './role.entity.js';

type UserContext = Context<
  object,
  { role: Loader<RoleEntity>; organization: Loader<OrganizationEntity> }
>;

@Resolver(() => UserView)
export class UserResolver {
  @FieldResolver(() => RoleView)
  async role(@Root() user: UserView, @Ctx() ctx: UserContext): Promise<RoleView> {
    const role = await ctx.loaders.role.load(user.roleId);
    if (!role) throw notFound('Role');
    return toRole(role);
  }

  @FieldResolver(() => OrganizationView)
  async organization(@Root() user: UserView, @Ctx() ctx: UserContext): Promise<OrganizationView> {
    const org = await ctx.loaders.organization.load(user.organizationId);
    if (!org) throw notFound('Organization');
    return toOrganization(org);
  }
}

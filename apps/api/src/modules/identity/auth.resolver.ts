import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../shared/context.js';
import type { IdentityService } from './identity.service.js';
import { OrganizationInput, RoleInput, SignUpInput, UserInput } from './identity.input.js';
import { toOrganization, toRole, toUser } from './identity.mapper.js';
import { AuthPayloadView, OrganizationView, RoleView, UserView } from './identity.type.js';

type IdentityContext = Context<{ identity: IdentityService }>;

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadView, {
    description:
      "Creates an organization, its MANAGE role 'Administrator', and its first user in that role. With SIGNUP=first (the default) only while no organization exists; else FORBIDDEN. At most one signUp or login per request.",
  })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: IdentityContext) {
    const { token, user } = await ctx.services.identity.signUp(input);
    return { token, user: toUser(user) };
  }

  @Mutation(() => AuthPayloadView, {
    description:
      'A token valid 12 hours. Email at most 254, password at most 1000 characters. After 5 failed logins for one email (or 20 from one address) within 15 minutes: TOO_MANY_REQUESTS with extensions.retryAfterSeconds.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: IdentityContext,
  ) {
    const { token, user } = await ctx.services.identity.login(email, password, ctx.clientAddress);
    return { token, user: toUser(user) };
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Ends every session of the current user: tokens issued before now stop working (UNAUTHENTICATED), live sockets close.',
  })
  async signOutEverywhere(@Ctx() ctx: IdentityContext): Promise<boolean> {
    await ctx.services.identity.endSessions(viewerOf(ctx).userId);
    return true;
  }

  @Authorized()
  @Query(() => UserView)
  async me(@Ctx() ctx: IdentityContext) {
    return toUser(await ctx.services.identity.me(viewerOf(ctx)));
  }

  @Authorized()
  @Query(() => [RoleView])
  async roles(@Ctx() ctx: IdentityContext) {
    return (await ctx.services.identity.roles(viewerOf(ctx))).map(toRole);
  }

  @Authorized()
  @Query(() => [UserView])
  async users(@Ctx() ctx: IdentityContext) {
    return (await ctx.services.identity.users(viewerOf(ctx))).map(toUser);
  }

  @Authorized('MANAGE')
  @Mutation(() => RoleView, { description: 'MANAGE only, as are the next three.' })
  async createRole(@Arg('input', () => RoleInput) input: RoleInput, @Ctx() ctx: IdentityContext) {
    return toRole(await ctx.services.identity.createRole(viewerOf(ctx), input));
  }

  @Authorized('MANAGE')
  @Mutation(() => UserView)
  async createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() ctx: IdentityContext) {
    return toUser(await ctx.services.identity.createUser(viewerOf(ctx), input));
  }

  @Authorized('MANAGE')
  @Mutation(() => OrganizationView)
  async updateOrganization(
    @Arg('input', () => OrganizationInput) input: OrganizationInput,
    @Ctx() ctx: IdentityContext,
  ) {
    return toOrganization(await ctx.services.identity.updateOrganization(viewerOf(ctx), input));
  }
}

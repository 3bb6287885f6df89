import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { UserView } from '../identity/identity.type.js';
import type { UserEntity } from '../identity/user.entity.js';
import { canManage } from '../shared/access.js';
import { viewerOf, type Context, type Loader } from '../shared/context.js';
import type { ContactEntity } from './contact.entity.js';
import type { LoanService } from './loan.service.js';
import { LoanInput } from './record.input.js';
import { toContact, toLoan } from './record.mapper.js';
import { ownerOf } from './record-owner.js';
import { ContactView, LoanPageView, LoanView } from './record.type.js';

type LoanContext = Context<
  { loans: LoanService },
  { user: Loader<UserEntity>; contact: Loader<ContactEntity> }
>;

@Resolver(() => LoanView)
export class LoanResolver {
  @Authorized()
  @Query(() => LoanPageView)
  async loans(
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 25 }) pageSize: number,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: LoanContext,
  ) {
    const r = await ctx.services.loans.list(viewerOf(ctx), { page, pageSize, search });
    return { ...r, items: r.items.map(toLoan) };
  }

  @Authorized()
  @Query(() => LoanView, { nullable: true })
  async loan(@Arg('id', () => ID) id: string, @Ctx() ctx: LoanContext) {
    const l = await ctx.services.loans.get(viewerOf(ctx), id);
    return l && toLoan(l);
  }

  @Authorized()
  @Mutation(() => LoanView)
  async createLoan(@Arg('input', () => LoanInput) input: LoanInput, @Ctx() ctx: LoanContext) {
    return toLoan(await ctx.services.loans.create(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => LoanView)
  async updateLoan(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LoanInput) input: LoanInput,
    @Ctx() ctx: LoanContext,
  ) {
    return toLoan(await ctx.services.loans.update(viewerOf(ctx), id, input));
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: LoanContext) {
    return ctx.services.loans.delete(viewerOf(ctx), id);
  }

  @FieldResolver(() => UserView)
  owner(@Root() l: LoanView, @Ctx() ctx: LoanContext) {
    return ownerOf(ctx, l.ownerId);
  }

  @FieldResolver(() => ContactView, { nullable: true })
  async borrower(@Root() l: LoanView, @Ctx() ctx: LoanContext) {
    const c = l.borrowerId ? await ctx.loaders.contact.load(l.borrowerId) : null;
    // Contacts are seen by MANAGE and by their owner only, also through a loan.
    const viewer = viewerOf(ctx);
    if (!c || (!canManage(viewer) && c.ownerId !== viewer.userId)) return null;
    return toContact(c);
  }
}

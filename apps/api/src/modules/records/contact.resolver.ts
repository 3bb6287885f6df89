import { canManage } from '../shared/access.js';
import type { EntityType } from '@odc/core';
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
import { toUser } from '../identity/identity.mapper.js';
import { UserType } from '../identity/identity.type.js';
import { viewerOf, type Context } from '../shared/context.js';
import { EntityTypeEnum } from '../shared/enums.js';
import { notFound } from '../shared/errors.js';
import { toContact, toLoan } from './record.mapper.js';
import { ContactInput, CustomFieldInput, LoanInput } from './record.input.js';
import {
  ContactPageView,
  ContactView,
  FieldDefinitionView,
  LoanPageView,
  LoanView,
} from './record.type.js';

async function ownerOf(ctx: Context, ownerId: string): Promise<UserType> {
  const user = await ctx.loaders.user.load(ownerId);
  if (!user) throw notFound('User');
  return toUser(user);
}

@Resolver(() => ContactView)
export class ContactResolver {
  @Authorized()
  @Query(() => ContactPageView)
  async contacts(
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 25 }) pageSize: number,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    const r = await ctx.services.contacts.list(viewerOf(ctx), { page, pageSize, search });
    return { ...r, items: r.items.map(toContact) };
  }

  @Authorized()
  @Query(() => ContactView, { nullable: true })
  async contact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const c = await ctx.services.contacts.get(viewerOf(ctx), id);
    return c && toContact(c);
  }

  @Authorized()
  @Mutation(() => ContactView, {
    description:
      "Each create, update and delete of a record runs the matching automation triggers of published connectors whose roles include the record owner's role.",
  })
  async createContact(@Arg('input', () => ContactInput) input: ContactInput, @Ctx() ctx: Context) {
    return toContact(await ctx.services.contacts.create(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => ContactView)
  async updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContactInput) input: ContactInput,
    @Ctx() ctx: Context,
  ) {
    return toContact(await ctx.services.contacts.update(viewerOf(ctx), id, input));
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.contacts.delete(viewerOf(ctx), id);
  }

  @FieldResolver(() => UserType)
  owner(@Root() c: ContactView, @Ctx() ctx: Context) {
    return ownerOf(ctx, c.ownerId);
  }
}

@Resolver(() => LoanView)
export class LoanResolver {
  @Authorized()
  @Query(() => LoanPageView)
  async loans(
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 25 }) pageSize: number,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: Context,
  ) {
    const r = await ctx.services.loans.list(viewerOf(ctx), { page, pageSize, search });
    return { ...r, items: r.items.map(toLoan) };
  }

  @Authorized()
  @Query(() => LoanView, { nullable: true })
  async loan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const l = await ctx.services.loans.get(viewerOf(ctx), id);
    return l && toLoan(l);
  }

  @Authorized()
  @Mutation(() => LoanView)
  async createLoan(@Arg('input', () => LoanInput) input: LoanInput, @Ctx() ctx: Context) {
    return toLoan(await ctx.services.loans.create(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => LoanView)
  async updateLoan(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LoanInput) input: LoanInput,
    @Ctx() ctx: Context,
  ) {
    return toLoan(await ctx.services.loans.update(viewerOf(ctx), id, input));
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.loans.delete(viewerOf(ctx), id);
  }

  @FieldResolver(() => UserType)
  owner(@Root() l: LoanView, @Ctx() ctx: Context) {
    return ownerOf(ctx, l.ownerId);
  }

  @FieldResolver(() => ContactView, { nullable: true })
  async borrower(@Root() l: LoanView, @Ctx() ctx: Context) {
    const c = l.borrowerId ? await ctx.loaders.contact.load(l.borrowerId) : null;
    // Contacts are seen by MANAGE and by their owner only, also through a loan.
    const viewer = viewerOf(ctx);
    if (!c || (!canManage(viewer) && c.ownerId !== viewer.userId)) return null;
    return toContact(c);
  }
}

@Resolver()
export class FieldCatalogResolver {
  @Authorized()
  @Query(() => [FieldDefinitionView], {
    description:
      "Every field a placeholder may name for this entity type, the organization's custom fields included.",
  })
  fieldCatalog(
    @Arg('entityType', () => EntityTypeEnum) entityType: EntityType,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customFields.catalog(viewerOf(ctx), entityType);
  }

  @Authorized('MANAGE')
  @Mutation(() => FieldDefinitionView)
  defineCustomField(
    @Arg('input', () => CustomFieldInput) input: CustomFieldInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.customFields.define(viewerOf(ctx), input);
  }
}

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
import { viewerOf, type Context, type Loader } from '../shared/context.js';
import type { ContactService } from './contact.service.js';
import { ContactInput } from './record.input.js';
import { toContact } from './record.mapper.js';
import { ownerOf } from './record-owner.js';
import { ContactPageView, ContactView } from './record.type.js';

type ContactContext = Context<{ contacts: ContactService }, { user: Loader<UserEntity> }>;

@Resolver(() => ContactView)
export class ContactResolver {
  @Authorized()
  @Query(() => ContactPageView)
  async contacts(
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 25 }) pageSize: number,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() ctx: ContactContext,
  ) {
    const r = await ctx.services.contacts.list(viewerOf(ctx), { page, pageSize, search });
    return { ...r, items: r.items.map(toContact) };
  }

  @Authorized()
  @Query(() => ContactView, { nullable: true })
  async contact(@Arg('id', () => ID) id: string, @Ctx() ctx: ContactContext) {
    const c = await ctx.services.contacts.get(viewerOf(ctx), id);
    return c && toContact(c);
  }

  @Authorized()
  @Mutation(() => ContactView, {
    description:
      "Each create, update and delete of a record runs the matching automation triggers of published connectors whose roles include the record owner's role.",
  })
  async createContact(
    @Arg('input', () => ContactInput) input: ContactInput,
    @Ctx() ctx: ContactContext,
  ) {
    return toContact(await ctx.services.contacts.create(viewerOf(ctx), input));
  }

  @Authorized()
  @Mutation(() => ContactView)
  async updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContactInput) input: ContactInput,
    @Ctx() ctx: ContactContext,
  ) {
    return toContact(await ctx.services.contacts.update(viewerOf(ctx), id, input));
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteContact(@Arg('id', () => ID) id: string, @Ctx() ctx: ContactContext) {
    return ctx.services.contacts.delete(viewerOf(ctx), id);
  }

  @FieldResolver(() => UserView)
  owner(@Root() c: ContactView, @Ctx() ctx: ContactContext) {
    return ownerOf(ctx, c.ownerId);
  }
}

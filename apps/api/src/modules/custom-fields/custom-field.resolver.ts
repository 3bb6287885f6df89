import type { EntityType } from '@odc/core';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../shared/context.js';
import { EntityTypeEnum } from '../shared/enums.js';
import { CustomFieldInput } from './custom-field.input.js';
import type { CustomFieldService } from './custom-field.service.js';
import { FieldDefinitionView } from './custom-field.type.js';

type CustomFieldContext = Context<{ customFields: CustomFieldService }>;

@Resolver()
export class FieldCatalogResolver {
  @Authorized()
  @Query(() => [FieldDefinitionView], {
    description:
      "Every field a placeholder may name for this entity type, the organization's custom fields included.",
  })
  fieldCatalog(
    @Arg('entityType', () => EntityTypeEnum) entityType: EntityType,
    @Ctx() ctx: CustomFieldContext,
  ) {
    return ctx.services.customFields.catalog(viewerOf(ctx), entityType);
  }

  @Authorized('MANAGE')
  @Mutation(() => FieldDefinitionView)
  defineCustomField(
    @Arg('input', () => CustomFieldInput) input: CustomFieldInput,
    @Ctx() ctx: CustomFieldContext,
  ) {
    return ctx.services.customFields.define(viewerOf(ctx), input);
  }
}

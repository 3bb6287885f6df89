import type { EntityType, FieldType } from '@odc/core';
import { Field, InputType } from 'type-graphql';
import { EntityTypeEnum, FieldTypeEnum } from '../shared/enums.js';

@InputType('CustomFieldInput')
export class CustomFieldInput {
  @Field(() => EntityTypeEnum) entityType: EntityType;
  @Field({
    description:
      'camelCase; the placeholder becomes {{contact.custom.<key>}} or {{loan.custom.<key>}}.',
  })
  key: string;
  @Field() label: string;
  @Field(() => FieldTypeEnum) type: FieldType;
}

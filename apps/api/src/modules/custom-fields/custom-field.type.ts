import type { FieldType } from '@odc/core';
import { Field, ObjectType } from 'type-graphql';
import { FieldTypeEnum } from '../shared/enums.js';

@ObjectType('FieldDefinition', {
  description:
    'A field that a body template, URL or header value may insert as {{key}}, e.g. {{contact.firstName}}.\nCustom fields have keys such as contact.custom.numberOfBathrooms.',
})
export class FieldDefinitionView {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => FieldTypeEnum)
  type: FieldType;

  @Field()
  custom: boolean;
}

import type { LoanType } from '@odc/core';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LoanTypeEnum } from '../shared/enums.js';

@InputType('CustomFieldValueInput')
export class CustomFieldValueInput {
  @Field() key: string;
  @Field(() => String, {
    nullable: true,
    description: 'At most 10,000 characters; must fit the field type.',
  })
  value?: string | null;
}

@InputType('ContactInput')
export class ContactInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Defaults to the current user; another owner needs MANAGE.',
  })
  ownerId?: string | null;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => String, { nullable: true }) address2?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true }) zipCode?: string | null;
  @Field(() => String, { nullable: true }) birthday?: string | null;
  @Field(() => String, { nullable: true }) anniversary?: string | null;
  @Field(() => Int, { nullable: true }) activityRating?: number | null;
  @Field(() => String, { nullable: true }) additionalInfo?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "At most 100 characters; matched by name to the target's lead sources.",
  })
  leadSource?: string | null;
  @Field(() => [CustomFieldValueInput], { nullable: true }) customFields?:
    CustomFieldValueInput[] | null;
}

@InputType('LoanInput')
export class LoanInput {
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field() loanNumber: string;
  @Field(() => LoanTypeEnum) loanType: LoanType;
  @Field(() => Float, { nullable: true }) amount?: number | null;
  @Field(() => Float, { nullable: true }) interestRate?: number | null;
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true }) propertyAddress?: string | null;
  @Field(() => String, { nullable: true }) closingDate?: string | null;
  @Field(() => ID, { nullable: true }) borrowerId?: string | null;
  @Field(() => [CustomFieldValueInput], { nullable: true }) customFields?:
    CustomFieldValueInput[] | null;
}

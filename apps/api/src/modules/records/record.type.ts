import type { LoanType } from '@odc/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/date-time.js';
import { LoanTypeEnum } from '../shared/enums.js';

@ObjectType('CustomFieldValue')
export class CustomFieldValueView {
  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  value: string | null;
}

/** owner comes from a field resolver. */
@ObjectType('Contact')
export class ContactView {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) address2: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) state: string | null;
  @Field(() => String, { nullable: true }) zipCode: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) birthday: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) anniversary: string | null;
  @Field(() => Int, { nullable: true }) activityRating: number | null;
  @Field(() => String, { nullable: true }) additionalInfo: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Where the contact came from; connectors match it by name to the target's lead sources.",
  })
  leadSource: string | null;
  @Field(() => [CustomFieldValueView]) customFields: CustomFieldValueView[];
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
  ownerId: string;
}

/** owner and borrower come from field resolvers. */
@ObjectType('Loan')
export class LoanView {
  @Field(() => ID) id: string;
  @Field() loanNumber: string;
  @Field(() => LoanTypeEnum) loanType: LoanType;
  @Field(() => Float, { nullable: true }) amount: number | null;
  @Field(() => Float, { nullable: true }) interestRate: number | null;
  @Field(() => String, { nullable: true }) status: string | null;
  @Field(() => String, { nullable: true }) propertyAddress: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) closingDate: string | null;
  @Field(() => [CustomFieldValueView]) customFields: CustomFieldValueView[];
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
  ownerId: string;
  borrowerId: string | null;
}

@ObjectType('ContactPage')
export class ContactPageView {
  @Field(() => [ContactView]) items: ContactView[];
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
  @Field(() => Int) totalCount: number;
  @Field(() => Int) pageCount: number;
}

@ObjectType('LoanPage')
export class LoanPageView {
  @Field(() => [LoanView]) items: LoanView[];
  @Field(() => Int) page: number;
  @Field(() => Int) pageSize: number;
  @Field(() => Int) totalCount: number;
  @Field(() => Int) pageCount: number;
}

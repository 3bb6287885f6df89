import { Field, ID, InputType } from 'type-graphql';
import type { ConnectorAccess } from './access.js';
import { ConnectorAccessEnum } from '../shared/enums.js';

@InputType('SignUpInput')
export class SignUpInput {
  @Field()
  organizationName: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field({ description: 'At least 8 characters.' })
  password: string;
}

@InputType('RoleInput')
export class RoleInput {
  @Field()
  name: string;

  @Field(() => ConnectorAccessEnum)
  connectorAccess: ConnectorAccess;
}

@InputType('UserInput')
export class UserInput {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  password: string;

  @Field(() => ID)
  roleId: string;
}

@InputType('OrganizationInput')
export class OrganizationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  storesBirthYear?: boolean | null;
}

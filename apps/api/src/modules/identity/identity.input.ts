import { Field, ID, InputType } from 'type-graphql';
import type { ConnectorAccess } from '../shared/access.js';
import { ConnectorAccessEnum } from '../shared/enums.js';

@InputType('SignUpInput')
export class SignUpInput {
  @Field({ description: '1 to 200 characters.' })
  organizationName: string;

  @Field({ description: '1 to 200 characters.' })
  name: string;

  @Field({ description: 'At most 254 characters.' })
  email: string;

  @Field({ description: '8 to 1000 characters.' })
  password: string;
}

@InputType('RoleInput')
export class RoleInput {
  @Field({ description: '1 to 100 characters, unique in the organization whatever the case.' })
  name: string;

  @Field(() => ConnectorAccessEnum)
  connectorAccess: ConnectorAccess;
}

@InputType('UserInput')
export class UserInput {
  @Field({ description: 'At most 254 characters.' })
  email: string;

  @Field({ description: '1 to 200 characters.' })
  name: string;

  @Field({ description: '8 to 1000 characters.' })
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

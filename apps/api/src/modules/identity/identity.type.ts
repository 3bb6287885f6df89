import { Field, ID, ObjectType } from 'type-graphql';
import type { ConnectorAccess } from '../shared/access.js';
import { ConnectorAccessEnum } from '../shared/enums.js';

@ObjectType('Organization')
export class OrganizationView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({
    description:
      'When false (the default is true), a birthday placeholder renders with 1904 as its year.',
  })
  storesBirthYear: boolean;
}

@ObjectType('Role')
export class RoleView {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ConnectorAccessEnum)
  connectorAccess: ConnectorAccess;
}

/** role and organization come from field resolvers (DataLoader). */
@ObjectType('User')
export class UserView {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  roleId: string;
  organizationId: string;
}

@ObjectType('AuthPayload')
export class AuthPayloadView {
  @Field()
  token: string;

  @Field(() => UserView)
  user: UserView;
}

import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/date-time.js';

@ObjectType('Signing')
export class SigningView {
  @Field()
  enabled: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the current secret was made; null when signing was never on.',
  })
  secretCreatedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Until then every push also carries a signature made with the previous secret; null when none.',
  })
  previousSecretExpiresAt: Date | null;
}

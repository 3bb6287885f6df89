import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/date-time.js';

@ObjectType('FieldChange')
export class FieldChangeView {
  @Field({
    description:
      'A path in ConnectorInput terms: name, request.url, request.headers.0.value, authentication.passcode, ...',
  })
  path: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The value before and after as JSON text, null when absent; a secret shows as "(secret)", never its value.',
  })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

/** savedBy comes from a field resolver. */
@ObjectType('ConnectorVersion')
export class ConnectorVersionView {
  @Field(() => Int, {
    description: '1 for the first save, one more for each later save or restore.',
  })
  version: number;

  @Field(() => DateTimeScalar)
  savedAt: Date;

  @Field(() => [FieldChangeView], {
    description: 'What this version changed from the one before it; empty for version 1.',
  })
  changes: FieldChangeView[];

  savedById: string | null;
}

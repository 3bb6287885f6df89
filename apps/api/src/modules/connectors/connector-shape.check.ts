// Compile-time check: the GraphQL classes have exactly the fields of core's connector schema.
// Adding a setting to packages/core/src/schema and not here (or the reverse) fails `tsc`.
import type {
  ConnectorDefinition,
  ConnectorDefinitionInput,
  StoredAuthentication,
} from '@odc/core';
import type {
  AuthenticationInput,
  ConnectorInput,
  DataRequestInput,
  DeliveryPolicyInput,
  HeaderInput,
  LeadSourceMatchingInput,
  MatchingInput,
  ResponseMappingInput,
  StaffMatchingInput,
  SuccessCriterionInput,
} from './connector.input.js';
import type {
  AuthenticationView,
  ConnectorView,
  DataRequestView,
  DeliveryPolicyView,
  HeaderView,
  LeadSourceMatchingView,
  MatchingView,
  ResponseMappingView,
  StaffMatchingView,
  SuccessCriterionView,
} from './connector.type.js';

type Obj<T> = NonNullable<T> extends readonly (infer E)[] ? NonNullable<E> : NonNullable<T>;
type KeysOf<T> = T extends unknown ? keyof T : never;
/** true, or the keys one side lacks (shown in the compiler's error). */
type Same<A, B> = [
  Exclude<KeysOf<Obj<A>>, KeysOf<Obj<B>>>,
  Exclude<KeysOf<Obj<B>>, KeysOf<Obj<A>>>,
] extends [never, never]
  ? true
  : {
      onlyInFirst: Exclude<KeysOf<Obj<A>>, KeysOf<Obj<B>>>;
      onlyInSecond: Exclude<KeysOf<Obj<B>>, KeysOf<Obj<A>>>;
    };
/** true when every key of A is in B. */
type Covers<B, A> =
  Exclude<KeysOf<Obj<A>>, KeysOf<Obj<B>>> extends never
    ? true
    : { missing: Exclude<KeysOf<Obj<A>>, KeysOf<Obj<B>>> };

/** Each check fails with the keys one side lacks, e.g. { onlyInSecond: "responseMapping" }. */
type Assert<T extends true> = T;

type Def = ConnectorDefinitionInput;
type Out = ConnectorDefinition;

export type ShapeChecks = [
  // Inputs: the same fields as the schema's input.
  Assert<Same<ConnectorInput, Def>>,
  Assert<Same<AuthenticationInput, Def['authentication']>>,
  Assert<Same<DataRequestInput, Def['request']>>,
  Assert<Same<HeaderInput, Obj<Def['request']['headers']>>>,
  Assert<Same<SuccessCriterionInput, Def['successCriteria']>>,
  Assert<Same<DeliveryPolicyInput, Def['delivery']>>,
  Assert<Same<MatchingInput, Def['matching']>>,
  Assert<Same<StaffMatchingInput, Obj<Def['matching']>['staff']>>,
  Assert<Same<LeadSourceMatchingInput, Obj<Def['matching']>['leadSource']>>,
  Assert<Same<ResponseMappingInput, Def['responseMapping']>>,
  // Views: every stored field is shown (secrets only as has…).
  Assert<Covers<ConnectorView, Omit<Out, 'roleIds'>>>,
  Assert<Covers<AuthenticationView, StoredAuthentication>>,
  Assert<Same<DataRequestView, Out['request']>>,
  Assert<Same<HeaderView, Out['request']['headers']>>,
  Assert<Same<SuccessCriterionView, Out['successCriteria']>>,
  Assert<Same<DeliveryPolicyView, Out['delivery']>>,
  Assert<Same<MatchingView, Out['matching']>>,
  Assert<Same<StaffMatchingView, Out['matching']['staff']>>,
  Assert<Same<LeadSourceMatchingView, Out['matching']['leadSource']>>,
  Assert<Same<ResponseMappingView, Out['responseMapping']>>,
];

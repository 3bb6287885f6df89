/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n    }\n  }\n': typeof types.ConnectorSetupFieldsFragmentDoc;
  '\n  query ConnectorSetup($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorSetupFields\n    }\n  }\n': typeof types.ConnectorSetupDocument;
  '\n  query SetupOptions($entityType: EntityType!) {\n    roles {\n      id\n      name\n      connectorAccess\n    }\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n': typeof types.SetupOptionsDocument;
  '\n  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {\n    createConnector(input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n': typeof types.CreateConnectorDocument;
  '\n  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {\n    updateConnector(id: $id, input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n': typeof types.UpdateConnectorDocument;
  '\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n': typeof types.ConnectorTileFieldsFragmentDoc;
  '\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n': typeof types.ConnectorsDocument;
  '\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.PublishConnectorDocument;
  '\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.UnpublishConnectorDocument;
  '\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.ConnectorChangedDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n    }\n  }\n':
    types.ConnectorSetupFieldsFragmentDoc,
  '\n  query ConnectorSetup($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorSetupFields\n    }\n  }\n':
    types.ConnectorSetupDocument,
  '\n  query SetupOptions($entityType: EntityType!) {\n    roles {\n      id\n      name\n      connectorAccess\n    }\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n':
    types.SetupOptionsDocument,
  '\n  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {\n    createConnector(input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n':
    types.CreateConnectorDocument,
  '\n  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {\n    updateConnector(id: $id, input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n':
    types.UpdateConnectorDocument,
  '\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n':
    types.ConnectorTileFieldsFragmentDoc,
  '\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n':
    types.ConnectorsDocument,
  '\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n':
    types.PublishConnectorDocument,
  '\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n':
    types.UnpublishConnectorDocument,
  '\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n':
    types.ConnectorChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n    }\n  }\n',
): (typeof documents)['\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConnectorSetup($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorSetupFields\n    }\n  }\n',
): (typeof documents)['\n  query ConnectorSetup($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorSetupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SetupOptions($entityType: EntityType!) {\n    roles {\n      id\n      name\n      connectorAccess\n    }\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n',
): (typeof documents)['\n  query SetupOptions($entityType: EntityType!) {\n    roles {\n      id\n      name\n      connectorAccess\n    }\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {\n    createConnector(input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {\n    createConnector(input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {\n    updateConnector(id: $id, input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {\n    updateConnector(id: $id, input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n',
): (typeof documents)['\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n',
): (typeof documents)['\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

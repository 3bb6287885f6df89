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
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n": typeof types.ConnectorTileFieldsFragmentDoc,
    "\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n": typeof types.ConnectorsDocument,
    "\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n": typeof types.PublishConnectorDocument,
    "\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n": typeof types.UnpublishConnectorDocument,
    "\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n": typeof types.ConnectorChangedDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n": types.ConnectorTileFieldsFragmentDoc,
    "\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n": types.ConnectorsDocument,
    "\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n": types.PublishConnectorDocument,
    "\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n": types.UnpublishConnectorDocument,
    "\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n": types.ConnectorChangedDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n"): (typeof documents)["\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n"): (typeof documents)["\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
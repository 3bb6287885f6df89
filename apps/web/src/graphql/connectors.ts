import { graphql } from '../gql';

export const ConnectorTileFields = graphql(`
  fragment ConnectorTileFields on Connector {
    id
    name
    published
    entityType
    lastRunAt
    lastRunStatus
    pausedReason
  }
`);

export const ConnectorsQuery = graphql(`
  query Connectors($page: Int!) {
    connectors(page: $page) {
      items {
        ...ConnectorTileFields
      }
      page
      pageCount
      totalCount
    }
  }
`);

export const PublishConnector = graphql(`
  mutation PublishConnector($id: ID!) {
    publishConnector(id: $id) {
      ...ConnectorTileFields
    }
  }
`);

export const UnpublishConnector = graphql(`
  mutation UnpublishConnector($id: ID!) {
    unpublishConnector(id: $id) {
      ...ConnectorTileFields
    }
  }
`);

export const ConnectorChanged = graphql(`
  subscription ConnectorChanged {
    connectorChanged {
      ...ConnectorTileFields
    }
  }
`);

import { graphql } from '../gql';

export const ConnectorVersionsQuery = graphql(`
  query ConnectorVersions($id: ID!) {
    connector(id: $id) {
      id
      version
      published
      versions {
        version
        savedAt
        savedBy {
          id
          name
        }
        changes {
          path
          before
          after
        }
      }
    }
  }
`);

export const ConnectorDiffQuery = graphql(`
  query ConnectorDiff($id: ID!, $from: Int!, $to: Int!) {
    connectorDiff(connectorId: $id, from: $from, to: $to) {
      path
      before
      after
    }
  }
`);

export const RestoreConnectorVersion = graphql(`
  mutation RestoreConnectorVersion($id: ID!, $version: Int!) {
    restoreConnectorVersion(connectorId: $id, version: $version) {
      ...ConnectorSetupFields
      ...ConnectorTileFields
    }
  }
`);

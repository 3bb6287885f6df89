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

export const SearchRunsQuery = graphql(`
  query SearchRuns($filter: RunFilter!, $page: Int!, $pageSize: Int!) {
    searchRuns(filter: $filter, page: $page, pageSize: $pageSize) {
      items {
        ...RunFields
      }
      page
      pageCount
      totalCount
    }
  }
`);

export const ConnectorStatsQuery = graphql(`
  query ConnectorStats($id: ID!, $days: Int!) {
    connector(id: $id) {
      id
      stats(days: $days) {
        day
        succeeded
        failed
        p50Ms
        p95Ms
      }
    }
  }
`);

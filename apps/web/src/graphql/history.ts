import { graphql } from '../gql';

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

import { graphql } from '../gql';

export const BulkJobFields = graphql(`
  fragment BulkJobFields on BulkJob {
    id
    kind
    status
    total
    queued
    succeeded
    failed
    createdAt
    finishedAt
    createdBy {
      id
      name
    }
  }
`);

export const BulkJobsQuery = graphql(`
  query BulkJobs($connectorId: ID, $page: Int!, $pageSize: Int!) {
    bulkJobs(connectorId: $connectorId, page: $page, pageSize: $pageSize) {
      items {
        ...BulkJobFields
      }
      totalCount
    }
  }
`);

export const BulkJobChanged = graphql(`
  subscription BulkJobChanged($id: ID!) {
    bulkJobChanged(id: $id) {
      ...BulkJobFields
    }
  }
`);

export const BulkPushCountQuery = graphql(`
  query BulkPushCount($connectorId: ID!, $filter: RecordFilter) {
    bulkPushCount(connectorId: $connectorId, filter: $filter)
  }
`);

export const FailedRunCountQuery = graphql(`
  query FailedRunCount($connectorId: ID!, $from: DateTime!, $to: DateTime!) {
    failedRunCount(connectorId: $connectorId, from: $from, to: $to)
  }
`);

export const BulkPush = graphql(`
  mutation BulkPush($connectorId: ID!, $filter: RecordFilter) {
    bulkPush(connectorId: $connectorId, filter: $filter) {
      ...BulkJobFields
    }
  }
`);

export const ReplayFailedRuns = graphql(`
  mutation ReplayFailedRuns($connectorId: ID!, $from: DateTime!, $to: DateTime!) {
    replayFailedRuns(connectorId: $connectorId, from: $from, to: $to) {
      ...BulkJobFields
    }
  }
`);

export const CancelBulkJob = graphql(`
  mutation CancelBulkJob($id: ID!) {
    cancelBulkJob(id: $id) {
      ...BulkJobFields
    }
  }
`);

export const ReplayRun = graphql(`
  mutation ReplayRun($runId: ID!) {
    replayRun(runId: $runId) {
      ...RunFields
    }
  }
`);

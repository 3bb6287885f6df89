import { graphql } from '../gql';

export const RunFields = graphql(`
  fragment RunFields on PushRun {
    id
    trigger
    entityType
    recordId
    recordLabel
    status
    attempts
    requestMethod
    requestUrl
    requestBody
    responseStatus
    responseBody
    responseValue
    responseValueError
    error
    durationMs
    createdAt
    finishedAt
    nextAttemptAt
    connector {
      id
      name
    }
    initiatedBy {
      id
      name
    }
  }
`);

export const RunAttemptsFields = graphql(`
  fragment RunAttemptsFields on PushRun {
    id
    attemptLog {
      number
      outcome
      requestMethod
      requestUrl
      requestBody
      requestHeaders {
        name
        value
      }
      responseStatus
      responseHeaders {
        name
        value
      }
      responseBody
      error
      durationMs
      startedAt
      finishedAt
    }
  }
`);

export const RunsQuery = graphql(`
  query Runs($page: Int!, $pageSize: Int!, $status: RunStatus, $connectorId: ID) {
    runs(page: $page, pageSize: $pageSize, status: $status, connectorId: $connectorId) {
      items {
        ...RunFields
      }
      page
      pageCount
      totalCount
    }
  }
`);

export const RunQuery = graphql(`
  query Run($id: ID!) {
    run(id: $id) {
      ...RunFields
      ...RunAttemptsFields
    }
  }
`);

export const RunStatusChanged = graphql(`
  subscription RunStatusChanged($connectorId: ID) {
    runStatusChanged(connectorId: $connectorId) {
      ...RunFields
    }
  }
`);

export const ConnectorNamesQuery = graphql(`
  query ConnectorNames {
    connectors(pageSize: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const PushConnectorsQuery = graphql(`
  query PushConnectors($entityType: EntityType!) {
    pushConnectors(entityType: $entityType) {
      id
      name
    }
  }
`);

export const TriggerPush = graphql(`
  mutation TriggerPush($connectorId: ID!, $recordId: ID!) {
    triggerPush(connectorId: $connectorId, recordId: $recordId) {
      ...RunFields
    }
  }
`);

export const TestConnector = graphql(`
  mutation TestConnector($id: ID!, $recordId: ID) {
    testConnector(id: $id, recordId: $recordId) {
      ...RunFields
    }
  }
`);

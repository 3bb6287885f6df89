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
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': typeof types.SignOutEverywhereDocument;
  '\n  query Users {\n    users {\n      id\n      name\n      email\n    }\n  }\n': typeof types.UsersDocument;
  '\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    queued\n    succeeded\n    failed\n    createdAt\n    finishedAt\n    createdBy {\n      id\n      name\n    }\n  }\n': typeof types.BulkJobFieldsFragmentDoc;
  '\n  query BulkJobs($connectorId: ID, $page: Int!, $pageSize: Int!) {\n    bulkJobs(connectorId: $connectorId, page: $page, pageSize: $pageSize) {\n      items {\n        ...BulkJobFields\n      }\n      totalCount\n    }\n  }\n': typeof types.BulkJobsDocument;
  '\n  subscription BulkJobChanged($id: ID!) {\n    bulkJobChanged(id: $id) {\n      ...BulkJobFields\n    }\n  }\n': typeof types.BulkJobChangedDocument;
  '\n  query BulkPushCount($connectorId: ID!, $filter: RecordFilter) {\n    bulkPushCount(connectorId: $connectorId, filter: $filter)\n  }\n': typeof types.BulkPushCountDocument;
  '\n  query FailedRunCount($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    failedRunCount(connectorId: $connectorId, from: $from, to: $to)\n  }\n': typeof types.FailedRunCountDocument;
  '\n  mutation BulkPush($connectorId: ID!, $filter: RecordFilter) {\n    bulkPush(connectorId: $connectorId, filter: $filter) {\n      ...BulkJobFields\n    }\n  }\n': typeof types.BulkPushDocument;
  '\n  mutation ReplayFailedRuns($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    replayFailedRuns(connectorId: $connectorId, from: $from, to: $to) {\n      ...BulkJobFields\n    }\n  }\n': typeof types.ReplayFailedRunsDocument;
  '\n  mutation CancelBulkJob($id: ID!) {\n    cancelBulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n': typeof types.CancelBulkJobDocument;
  '\n  mutation ReplayRun($runId: ID!) {\n    replayRun(runId: $runId) {\n      ...RunFields\n    }\n  }\n': typeof types.ReplayRunDocument;
  '\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n        secret\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n      retryOn\n      pauseAfterFailures\n    }\n    version\n    pausedReason\n    matching {\n      staff {\n        listUrl\n        idField\n        emailField\n      }\n      leadSource {\n        listUrl\n        idField\n        nameField\n        createUrl\n      }\n    }\n    responseMapping {\n      format\n      responseKey\n      delimiter\n      writeBackField\n    }\n    signing {\n      enabled\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n  }\n': typeof types.ConnectorSetupFieldsFragmentDoc;
  '\n  query ConnectorSetup($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorSetupFields\n    }\n  }\n': typeof types.ConnectorSetupDocument;
  '\n  query SetupOptions($entityType: EntityType!) {\n    roles {\n      id\n      name\n      connectorAccess\n    }\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n': typeof types.SetupOptionsDocument;
  '\n  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {\n    createConnector(input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n': typeof types.CreateConnectorDocument;
  '\n  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {\n    updateConnector(id: $id, input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n': typeof types.UpdateConnectorDocument;
  '\n  query SigningSecret($connectorId: ID!) {\n    signingSecret(connectorId: $connectorId)\n  }\n': typeof types.SigningSecretDocument;
  '\n  mutation RotateSigningSecret($connectorId: ID!) {\n    rotateSigningSecret(connectorId: $connectorId)\n  }\n': typeof types.RotateSigningSecretDocument;
  '\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n    pausedReason\n  }\n': typeof types.ConnectorTileFieldsFragmentDoc;
  '\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n': typeof types.ConnectorsDocument;
  '\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.PublishConnectorDocument;
  '\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.UnpublishConnectorDocument;
  '\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.ConnectorChangedDocument;
  '\n  query ConnectorVersions($id: ID!) {\n    connector(id: $id) {\n      id\n      version\n      published\n      versions {\n        version\n        savedAt\n        savedBy {\n          id\n          name\n        }\n        changes {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n': typeof types.ConnectorVersionsDocument;
  '\n  query ConnectorDiff($id: ID!, $from: Int!, $to: Int!) {\n    connectorDiff(connectorId: $id, from: $from, to: $to) {\n      path\n      before\n      after\n    }\n  }\n': typeof types.ConnectorDiffDocument;
  '\n  mutation RestoreConnectorVersion($id: ID!, $version: Int!) {\n    restoreConnectorVersion(connectorId: $id, version: $version) {\n      ...ConnectorSetupFields\n      ...ConnectorTileFields\n    }\n  }\n': typeof types.RestoreConnectorVersionDocument;
  '\n  query SearchRuns($filter: RunFilter!, $page: Int!, $pageSize: Int!) {\n    searchRuns(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n': typeof types.SearchRunsDocument;
  '\n  query ConnectorStats($id: ID!, $days: Int!) {\n    connector(id: $id) {\n      id\n      stats(days: $days) {\n        day\n        succeeded\n        failed\n        p50Ms\n        p95Ms\n      }\n    }\n  }\n': typeof types.ConnectorStatsDocument;
  '\n  fragment ContactFields on Contact {\n    id\n    firstName\n    lastName\n    email\n    phone\n    address\n    address2\n    city\n    state\n    zipCode\n    birthday\n    anniversary\n    activityRating\n    additionalInfo\n    leadSource\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n  }\n': typeof types.ContactFieldsFragmentDoc;
  '\n  fragment LoanFields on Loan {\n    id\n    loanNumber\n    loanType\n    amount\n    interestRate\n    status\n    propertyAddress\n    closingDate\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    borrower {\n      id\n      firstName\n      lastName\n    }\n  }\n': typeof types.LoanFieldsFragmentDoc;
  '\n  query Contacts($search: String, $page: Int!, $pageSize: Int!) {\n    contacts(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        firstName\n        lastName\n        email\n        phone\n        city\n        state\n        updatedAt\n        owner {\n          id\n          name\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n': typeof types.ContactsDocument;
  '\n  query Loans($search: String, $page: Int!, $pageSize: Int!) {\n    loans(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        loanNumber\n        loanType\n        amount\n        status\n        closingDate\n        updatedAt\n        owner {\n          id\n          name\n        }\n        borrower {\n          id\n          firstName\n          lastName\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n': typeof types.LoansDocument;
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n': typeof types.ContactDocument;
  '\n  query Loan($id: ID!) {\n    loan(id: $id) {\n      ...LoanFields\n    }\n  }\n': typeof types.LoanDocument;
  '\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n': typeof types.CreateContactDocument;
  '\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n': typeof types.UpdateContactDocument;
  '\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n': typeof types.DeleteContactDocument;
  '\n  mutation CreateLoan($input: LoanInput!) {\n    createLoan(input: $input) {\n      ...LoanFields\n    }\n  }\n': typeof types.CreateLoanDocument;
  '\n  mutation UpdateLoan($id: ID!, $input: LoanInput!) {\n    updateLoan(id: $id, input: $input) {\n      ...LoanFields\n    }\n  }\n': typeof types.UpdateLoanDocument;
  '\n  mutation DeleteLoan($id: ID!) {\n    deleteLoan(id: $id)\n  }\n': typeof types.DeleteLoanDocument;
  '\n  query CustomFields($entityType: EntityType!) {\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n': typeof types.CustomFieldsDocument;
  '\n  fragment RunFields on PushRun {\n    id\n    trigger\n    entityType\n    recordId\n    recordLabel\n    status\n    attempts\n    requestMethod\n    requestUrl\n    requestBody\n    responseStatus\n    responseBody\n    responseValue\n    responseValueError\n    error\n    durationMs\n    createdAt\n    finishedAt\n    nextAttemptAt\n    connector {\n      id\n      name\n    }\n    initiatedBy {\n      id\n      name\n    }\n  }\n': typeof types.RunFieldsFragmentDoc;
  '\n  fragment RunAttemptsFields on PushRun {\n    id\n    attemptLog {\n      number\n      outcome\n      requestMethod\n      requestUrl\n      requestBody\n      requestHeaders {\n        name\n        value\n      }\n      responseStatus\n      responseHeaders {\n        name\n        value\n      }\n      responseBody\n      error\n      durationMs\n      startedAt\n      finishedAt\n    }\n  }\n': typeof types.RunAttemptsFieldsFragmentDoc;
  '\n  query Runs($page: Int!, $pageSize: Int!, $status: RunStatus, $connectorId: ID) {\n    runs(page: $page, pageSize: $pageSize, status: $status, connectorId: $connectorId) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n': typeof types.RunsDocument;
  '\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunFields\n      ...RunAttemptsFields\n    }\n  }\n': typeof types.RunDocument;
  '\n  subscription RunStatusChanged($connectorId: ID) {\n    runStatusChanged(connectorId: $connectorId) {\n      ...RunFields\n    }\n  }\n': typeof types.RunStatusChangedDocument;
  '\n  query ConnectorNames {\n    connectors(pageSize: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ConnectorNamesDocument;
  '\n  query PushConnectors($entityType: EntityType!) {\n    pushConnectors(entityType: $entityType) {\n      id\n      name\n    }\n  }\n': typeof types.PushConnectorsDocument;
  '\n  mutation TriggerPush($connectorId: ID!, $recordId: ID!) {\n    triggerPush(connectorId: $connectorId, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n': typeof types.TriggerPushDocument;
  '\n  mutation TestConnector($id: ID!, $recordId: ID) {\n    testConnector(id: $id, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n': typeof types.TestConnectorDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      name\n      role {\n        id\n        name\n        connectorAccess\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': types.SignOutEverywhereDocument,
  '\n  query Users {\n    users {\n      id\n      name\n      email\n    }\n  }\n':
    types.UsersDocument,
  '\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    queued\n    succeeded\n    failed\n    createdAt\n    finishedAt\n    createdBy {\n      id\n      name\n    }\n  }\n':
    types.BulkJobFieldsFragmentDoc,
  '\n  query BulkJobs($connectorId: ID, $page: Int!, $pageSize: Int!) {\n    bulkJobs(connectorId: $connectorId, page: $page, pageSize: $pageSize) {\n      items {\n        ...BulkJobFields\n      }\n      totalCount\n    }\n  }\n':
    types.BulkJobsDocument,
  '\n  subscription BulkJobChanged($id: ID!) {\n    bulkJobChanged(id: $id) {\n      ...BulkJobFields\n    }\n  }\n':
    types.BulkJobChangedDocument,
  '\n  query BulkPushCount($connectorId: ID!, $filter: RecordFilter) {\n    bulkPushCount(connectorId: $connectorId, filter: $filter)\n  }\n':
    types.BulkPushCountDocument,
  '\n  query FailedRunCount($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    failedRunCount(connectorId: $connectorId, from: $from, to: $to)\n  }\n':
    types.FailedRunCountDocument,
  '\n  mutation BulkPush($connectorId: ID!, $filter: RecordFilter) {\n    bulkPush(connectorId: $connectorId, filter: $filter) {\n      ...BulkJobFields\n    }\n  }\n':
    types.BulkPushDocument,
  '\n  mutation ReplayFailedRuns($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    replayFailedRuns(connectorId: $connectorId, from: $from, to: $to) {\n      ...BulkJobFields\n    }\n  }\n':
    types.ReplayFailedRunsDocument,
  '\n  mutation CancelBulkJob($id: ID!) {\n    cancelBulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n':
    types.CancelBulkJobDocument,
  '\n  mutation ReplayRun($runId: ID!) {\n    replayRun(runId: $runId) {\n      ...RunFields\n    }\n  }\n':
    types.ReplayRunDocument,
  '\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n        secret\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n      retryOn\n      pauseAfterFailures\n    }\n    version\n    pausedReason\n    matching {\n      staff {\n        listUrl\n        idField\n        emailField\n      }\n      leadSource {\n        listUrl\n        idField\n        nameField\n        createUrl\n      }\n    }\n    responseMapping {\n      format\n      responseKey\n      delimiter\n      writeBackField\n    }\n    signing {\n      enabled\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n  }\n':
    types.ConnectorSetupFieldsFragmentDoc,
  '\n  query ConnectorSetup($id: ID!) {\n    connector(id: $id) {\n      ...ConnectorSetupFields\n    }\n  }\n':
    types.ConnectorSetupDocument,
  '\n  query SetupOptions($entityType: EntityType!) {\n    roles {\n      id\n      name\n      connectorAccess\n    }\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n':
    types.SetupOptionsDocument,
  '\n  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {\n    createConnector(input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n':
    types.CreateConnectorDocument,
  '\n  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {\n    updateConnector(id: $id, input: $input, publish: $publish) {\n      ...ConnectorSetupFields\n    }\n  }\n':
    types.UpdateConnectorDocument,
  '\n  query SigningSecret($connectorId: ID!) {\n    signingSecret(connectorId: $connectorId)\n  }\n':
    types.SigningSecretDocument,
  '\n  mutation RotateSigningSecret($connectorId: ID!) {\n    rotateSigningSecret(connectorId: $connectorId)\n  }\n':
    types.RotateSigningSecretDocument,
  '\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n    pausedReason\n  }\n':
    types.ConnectorTileFieldsFragmentDoc,
  '\n  query Connectors($page: Int!) {\n    connectors(page: $page) {\n      items {\n        ...ConnectorTileFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n':
    types.ConnectorsDocument,
  '\n  mutation PublishConnector($id: ID!) {\n    publishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n':
    types.PublishConnectorDocument,
  '\n  mutation UnpublishConnector($id: ID!) {\n    unpublishConnector(id: $id) {\n      ...ConnectorTileFields\n    }\n  }\n':
    types.UnpublishConnectorDocument,
  '\n  subscription ConnectorChanged {\n    connectorChanged {\n      ...ConnectorTileFields\n    }\n  }\n':
    types.ConnectorChangedDocument,
  '\n  query ConnectorVersions($id: ID!) {\n    connector(id: $id) {\n      id\n      version\n      published\n      versions {\n        version\n        savedAt\n        savedBy {\n          id\n          name\n        }\n        changes {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n':
    types.ConnectorVersionsDocument,
  '\n  query ConnectorDiff($id: ID!, $from: Int!, $to: Int!) {\n    connectorDiff(connectorId: $id, from: $from, to: $to) {\n      path\n      before\n      after\n    }\n  }\n':
    types.ConnectorDiffDocument,
  '\n  mutation RestoreConnectorVersion($id: ID!, $version: Int!) {\n    restoreConnectorVersion(connectorId: $id, version: $version) {\n      ...ConnectorSetupFields\n      ...ConnectorTileFields\n    }\n  }\n':
    types.RestoreConnectorVersionDocument,
  '\n  query SearchRuns($filter: RunFilter!, $page: Int!, $pageSize: Int!) {\n    searchRuns(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n':
    types.SearchRunsDocument,
  '\n  query ConnectorStats($id: ID!, $days: Int!) {\n    connector(id: $id) {\n      id\n      stats(days: $days) {\n        day\n        succeeded\n        failed\n        p50Ms\n        p95Ms\n      }\n    }\n  }\n':
    types.ConnectorStatsDocument,
  '\n  fragment ContactFields on Contact {\n    id\n    firstName\n    lastName\n    email\n    phone\n    address\n    address2\n    city\n    state\n    zipCode\n    birthday\n    anniversary\n    activityRating\n    additionalInfo\n    leadSource\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n  }\n':
    types.ContactFieldsFragmentDoc,
  '\n  fragment LoanFields on Loan {\n    id\n    loanNumber\n    loanType\n    amount\n    interestRate\n    status\n    propertyAddress\n    closingDate\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    borrower {\n      id\n      firstName\n      lastName\n    }\n  }\n':
    types.LoanFieldsFragmentDoc,
  '\n  query Contacts($search: String, $page: Int!, $pageSize: Int!) {\n    contacts(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        firstName\n        lastName\n        email\n        phone\n        city\n        state\n        updatedAt\n        owner {\n          id\n          name\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n':
    types.ContactsDocument,
  '\n  query Loans($search: String, $page: Int!, $pageSize: Int!) {\n    loans(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        loanNumber\n        loanType\n        amount\n        status\n        closingDate\n        updatedAt\n        owner {\n          id\n          name\n        }\n        borrower {\n          id\n          firstName\n          lastName\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n':
    types.LoansDocument,
  '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n':
    types.ContactDocument,
  '\n  query Loan($id: ID!) {\n    loan(id: $id) {\n      ...LoanFields\n    }\n  }\n':
    types.LoanDocument,
  '\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n':
    types.CreateContactDocument,
  '\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n':
    types.UpdateContactDocument,
  '\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n':
    types.DeleteContactDocument,
  '\n  mutation CreateLoan($input: LoanInput!) {\n    createLoan(input: $input) {\n      ...LoanFields\n    }\n  }\n':
    types.CreateLoanDocument,
  '\n  mutation UpdateLoan($id: ID!, $input: LoanInput!) {\n    updateLoan(id: $id, input: $input) {\n      ...LoanFields\n    }\n  }\n':
    types.UpdateLoanDocument,
  '\n  mutation DeleteLoan($id: ID!) {\n    deleteLoan(id: $id)\n  }\n': types.DeleteLoanDocument,
  '\n  query CustomFields($entityType: EntityType!) {\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n':
    types.CustomFieldsDocument,
  '\n  fragment RunFields on PushRun {\n    id\n    trigger\n    entityType\n    recordId\n    recordLabel\n    status\n    attempts\n    requestMethod\n    requestUrl\n    requestBody\n    responseStatus\n    responseBody\n    responseValue\n    responseValueError\n    error\n    durationMs\n    createdAt\n    finishedAt\n    nextAttemptAt\n    connector {\n      id\n      name\n    }\n    initiatedBy {\n      id\n      name\n    }\n  }\n':
    types.RunFieldsFragmentDoc,
  '\n  fragment RunAttemptsFields on PushRun {\n    id\n    attemptLog {\n      number\n      outcome\n      requestMethod\n      requestUrl\n      requestBody\n      requestHeaders {\n        name\n        value\n      }\n      responseStatus\n      responseHeaders {\n        name\n        value\n      }\n      responseBody\n      error\n      durationMs\n      startedAt\n      finishedAt\n    }\n  }\n':
    types.RunAttemptsFieldsFragmentDoc,
  '\n  query Runs($page: Int!, $pageSize: Int!, $status: RunStatus, $connectorId: ID) {\n    runs(page: $page, pageSize: $pageSize, status: $status, connectorId: $connectorId) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n':
    types.RunsDocument,
  '\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunFields\n      ...RunAttemptsFields\n    }\n  }\n':
    types.RunDocument,
  '\n  subscription RunStatusChanged($connectorId: ID) {\n    runStatusChanged(connectorId: $connectorId) {\n      ...RunFields\n    }\n  }\n':
    types.RunStatusChangedDocument,
  '\n  query ConnectorNames {\n    connectors(pageSize: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n':
    types.ConnectorNamesDocument,
  '\n  query PushConnectors($entityType: EntityType!) {\n    pushConnectors(entityType: $entityType) {\n      id\n      name\n    }\n  }\n':
    types.PushConnectorsDocument,
  '\n  mutation TriggerPush($connectorId: ID!, $recordId: ID!) {\n    triggerPush(connectorId: $connectorId, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n':
    types.TriggerPushDocument,
  '\n  mutation TestConnector($id: ID!, $recordId: ID) {\n    testConnector(id: $id, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n':
    types.TestConnectorDocument,
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
  source: '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n',
): (typeof documents)['\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users {\n    users {\n      id\n      name\n      email\n    }\n  }\n',
): (typeof documents)['\n  query Users {\n    users {\n      id\n      name\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    queued\n    succeeded\n    failed\n    createdAt\n    finishedAt\n    createdBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment BulkJobFields on BulkJob {\n    id\n    kind\n    status\n    total\n    queued\n    succeeded\n    failed\n    createdAt\n    finishedAt\n    createdBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkJobs($connectorId: ID, $page: Int!, $pageSize: Int!) {\n    bulkJobs(connectorId: $connectorId, page: $page, pageSize: $pageSize) {\n      items {\n        ...BulkJobFields\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query BulkJobs($connectorId: ID, $page: Int!, $pageSize: Int!) {\n    bulkJobs(connectorId: $connectorId, page: $page, pageSize: $pageSize) {\n      items {\n        ...BulkJobFields\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription BulkJobChanged($id: ID!) {\n    bulkJobChanged(id: $id) {\n      ...BulkJobFields\n    }\n  }\n',
): (typeof documents)['\n  subscription BulkJobChanged($id: ID!) {\n    bulkJobChanged(id: $id) {\n      ...BulkJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BulkPushCount($connectorId: ID!, $filter: RecordFilter) {\n    bulkPushCount(connectorId: $connectorId, filter: $filter)\n  }\n',
): (typeof documents)['\n  query BulkPushCount($connectorId: ID!, $filter: RecordFilter) {\n    bulkPushCount(connectorId: $connectorId, filter: $filter)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FailedRunCount($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    failedRunCount(connectorId: $connectorId, from: $from, to: $to)\n  }\n',
): (typeof documents)['\n  query FailedRunCount($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    failedRunCount(connectorId: $connectorId, from: $from, to: $to)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkPush($connectorId: ID!, $filter: RecordFilter) {\n    bulkPush(connectorId: $connectorId, filter: $filter) {\n      ...BulkJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkPush($connectorId: ID!, $filter: RecordFilter) {\n    bulkPush(connectorId: $connectorId, filter: $filter) {\n      ...BulkJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayFailedRuns($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    replayFailedRuns(connectorId: $connectorId, from: $from, to: $to) {\n      ...BulkJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayFailedRuns($connectorId: ID!, $from: DateTime!, $to: DateTime!) {\n    replayFailedRuns(connectorId: $connectorId, from: $from, to: $to) {\n      ...BulkJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelBulkJob($id: ID!) {\n    cancelBulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelBulkJob($id: ID!) {\n    cancelBulkJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayRun($runId: ID!) {\n    replayRun(runId: $runId) {\n      ...RunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayRun($runId: ID!) {\n    replayRun(runId: $runId) {\n      ...RunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n        secret\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n      retryOn\n      pauseAfterFailures\n    }\n    version\n    pausedReason\n    matching {\n      staff {\n        listUrl\n        idField\n        emailField\n      }\n      leadSource {\n        listUrl\n        idField\n        nameField\n        createUrl\n      }\n    }\n    responseMapping {\n      format\n      responseKey\n      delimiter\n      writeBackField\n    }\n    signing {\n      enabled\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n  }\n',
): (typeof documents)['\n  fragment ConnectorSetupFields on Connector {\n    id\n    name\n    entityType\n    automationTriggers\n    published\n    roles {\n      id\n      name\n    }\n    authentication {\n      type\n      username\n      hasPasscode\n      tokenUrl\n      tokenRequestBody\n      accessTokenName\n      tokenExpirationSeconds\n      clientId\n      hasClientSecret\n      scopes\n    }\n    request {\n      url\n      method\n      headers {\n        key\n        value\n        secret\n      }\n      bodyTemplate\n    }\n    successCriteria {\n      source\n      comparator\n      value\n    }\n    delivery {\n      maxAttempts\n      timeoutMs\n      rateLimitPerMinute\n      retryOn\n      pauseAfterFailures\n    }\n    version\n    pausedReason\n    matching {\n      staff {\n        listUrl\n        idField\n        emailField\n      }\n      leadSource {\n        listUrl\n        idField\n        nameField\n        createUrl\n      }\n    }\n    responseMapping {\n      format\n      responseKey\n      delimiter\n      writeBackField\n    }\n    signing {\n      enabled\n      secretCreatedAt\n      previousSecretExpiresAt\n    }\n  }\n'];
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
  source: '\n  query SigningSecret($connectorId: ID!) {\n    signingSecret(connectorId: $connectorId)\n  }\n',
): (typeof documents)['\n  query SigningSecret($connectorId: ID!) {\n    signingSecret(connectorId: $connectorId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateSigningSecret($connectorId: ID!) {\n    rotateSigningSecret(connectorId: $connectorId)\n  }\n',
): (typeof documents)['\n  mutation RotateSigningSecret($connectorId: ID!) {\n    rotateSigningSecret(connectorId: $connectorId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n    pausedReason\n  }\n',
): (typeof documents)['\n  fragment ConnectorTileFields on Connector {\n    id\n    name\n    published\n    entityType\n    lastRunAt\n    lastRunStatus\n    pausedReason\n  }\n'];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConnectorVersions($id: ID!) {\n    connector(id: $id) {\n      id\n      version\n      published\n      versions {\n        version\n        savedAt\n        savedBy {\n          id\n          name\n        }\n        changes {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConnectorVersions($id: ID!) {\n    connector(id: $id) {\n      id\n      version\n      published\n      versions {\n        version\n        savedAt\n        savedBy {\n          id\n          name\n        }\n        changes {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConnectorDiff($id: ID!, $from: Int!, $to: Int!) {\n    connectorDiff(connectorId: $id, from: $from, to: $to) {\n      path\n      before\n      after\n    }\n  }\n',
): (typeof documents)['\n  query ConnectorDiff($id: ID!, $from: Int!, $to: Int!) {\n    connectorDiff(connectorId: $id, from: $from, to: $to) {\n      path\n      before\n      after\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreConnectorVersion($id: ID!, $version: Int!) {\n    restoreConnectorVersion(connectorId: $id, version: $version) {\n      ...ConnectorSetupFields\n      ...ConnectorTileFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreConnectorVersion($id: ID!, $version: Int!) {\n    restoreConnectorVersion(connectorId: $id, version: $version) {\n      ...ConnectorSetupFields\n      ...ConnectorTileFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchRuns($filter: RunFilter!, $page: Int!, $pageSize: Int!) {\n    searchRuns(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query SearchRuns($filter: RunFilter!, $page: Int!, $pageSize: Int!) {\n    searchRuns(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConnectorStats($id: ID!, $days: Int!) {\n    connector(id: $id) {\n      id\n      stats(days: $days) {\n        day\n        succeeded\n        failed\n        p50Ms\n        p95Ms\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConnectorStats($id: ID!, $days: Int!) {\n    connector(id: $id) {\n      id\n      stats(days: $days) {\n        day\n        succeeded\n        failed\n        p50Ms\n        p95Ms\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactFields on Contact {\n    id\n    firstName\n    lastName\n    email\n    phone\n    address\n    address2\n    city\n    state\n    zipCode\n    birthday\n    anniversary\n    activityRating\n    additionalInfo\n    leadSource\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ContactFields on Contact {\n    id\n    firstName\n    lastName\n    email\n    phone\n    address\n    address2\n    city\n    state\n    zipCode\n    birthday\n    anniversary\n    activityRating\n    additionalInfo\n    leadSource\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LoanFields on Loan {\n    id\n    loanNumber\n    loanType\n    amount\n    interestRate\n    status\n    propertyAddress\n    closingDate\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    borrower {\n      id\n      firstName\n      lastName\n    }\n  }\n',
): (typeof documents)['\n  fragment LoanFields on Loan {\n    id\n    loanNumber\n    loanType\n    amount\n    interestRate\n    status\n    propertyAddress\n    closingDate\n    customFields {\n      key\n      value\n    }\n    createdAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    borrower {\n      id\n      firstName\n      lastName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contacts($search: String, $page: Int!, $pageSize: Int!) {\n    contacts(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        firstName\n        lastName\n        email\n        phone\n        city\n        state\n        updatedAt\n        owner {\n          id\n          name\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Contacts($search: String, $page: Int!, $pageSize: Int!) {\n    contacts(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        firstName\n        lastName\n        email\n        phone\n        city\n        state\n        updatedAt\n        owner {\n          id\n          name\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Loans($search: String, $page: Int!, $pageSize: Int!) {\n    loans(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        loanNumber\n        loanType\n        amount\n        status\n        closingDate\n        updatedAt\n        owner {\n          id\n          name\n        }\n        borrower {\n          id\n          firstName\n          lastName\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Loans($search: String, $page: Int!, $pageSize: Int!) {\n    loans(search: $search, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        loanNumber\n        loanType\n        amount\n        status\n        closingDate\n        updatedAt\n        owner {\n          id\n          name\n        }\n        borrower {\n          id\n          firstName\n          lastName\n        }\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n',
): (typeof documents)['\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Loan($id: ID!) {\n    loan(id: $id) {\n      ...LoanFields\n    }\n  }\n',
): (typeof documents)['\n  query Loan($id: ID!) {\n    loan(id: $id) {\n      ...LoanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateContact($input: ContactInput!) {\n    createContact(input: $input) {\n      ...ContactFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLoan($input: LoanInput!) {\n    createLoan(input: $input) {\n      ...LoanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateLoan($input: LoanInput!) {\n    createLoan(input: $input) {\n      ...LoanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLoan($id: ID!, $input: LoanInput!) {\n    updateLoan(id: $id, input: $input) {\n      ...LoanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLoan($id: ID!, $input: LoanInput!) {\n    updateLoan(id: $id, input: $input) {\n      ...LoanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteLoan($id: ID!) {\n    deleteLoan(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteLoan($id: ID!) {\n    deleteLoan(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomFields($entityType: EntityType!) {\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n',
): (typeof documents)['\n  query CustomFields($entityType: EntityType!) {\n    fieldCatalog(entityType: $entityType) {\n      key\n      label\n      type\n      custom\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RunFields on PushRun {\n    id\n    trigger\n    entityType\n    recordId\n    recordLabel\n    status\n    attempts\n    requestMethod\n    requestUrl\n    requestBody\n    responseStatus\n    responseBody\n    responseValue\n    responseValueError\n    error\n    durationMs\n    createdAt\n    finishedAt\n    nextAttemptAt\n    connector {\n      id\n      name\n    }\n    initiatedBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RunFields on PushRun {\n    id\n    trigger\n    entityType\n    recordId\n    recordLabel\n    status\n    attempts\n    requestMethod\n    requestUrl\n    requestBody\n    responseStatus\n    responseBody\n    responseValue\n    responseValueError\n    error\n    durationMs\n    createdAt\n    finishedAt\n    nextAttemptAt\n    connector {\n      id\n      name\n    }\n    initiatedBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RunAttemptsFields on PushRun {\n    id\n    attemptLog {\n      number\n      outcome\n      requestMethod\n      requestUrl\n      requestBody\n      requestHeaders {\n        name\n        value\n      }\n      responseStatus\n      responseHeaders {\n        name\n        value\n      }\n      responseBody\n      error\n      durationMs\n      startedAt\n      finishedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment RunAttemptsFields on PushRun {\n    id\n    attemptLog {\n      number\n      outcome\n      requestMethod\n      requestUrl\n      requestBody\n      requestHeaders {\n        name\n        value\n      }\n      responseStatus\n      responseHeaders {\n        name\n        value\n      }\n      responseBody\n      error\n      durationMs\n      startedAt\n      finishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Runs($page: Int!, $pageSize: Int!, $status: RunStatus, $connectorId: ID) {\n    runs(page: $page, pageSize: $pageSize, status: $status, connectorId: $connectorId) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Runs($page: Int!, $pageSize: Int!, $status: RunStatus, $connectorId: ID) {\n    runs(page: $page, pageSize: $pageSize, status: $status, connectorId: $connectorId) {\n      items {\n        ...RunFields\n      }\n      page\n      pageCount\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunFields\n      ...RunAttemptsFields\n    }\n  }\n',
): (typeof documents)['\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunFields\n      ...RunAttemptsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription RunStatusChanged($connectorId: ID) {\n    runStatusChanged(connectorId: $connectorId) {\n      ...RunFields\n    }\n  }\n',
): (typeof documents)['\n  subscription RunStatusChanged($connectorId: ID) {\n    runStatusChanged(connectorId: $connectorId) {\n      ...RunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConnectorNames {\n    connectors(pageSize: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConnectorNames {\n    connectors(pageSize: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PushConnectors($entityType: EntityType!) {\n    pushConnectors(entityType: $entityType) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query PushConnectors($entityType: EntityType!) {\n    pushConnectors(entityType: $entityType) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TriggerPush($connectorId: ID!, $recordId: ID!) {\n    triggerPush(connectorId: $connectorId, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TriggerPush($connectorId: ID!, $recordId: ID!) {\n    triggerPush(connectorId: $connectorId, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestConnector($id: ID!, $recordId: ID) {\n    testConnector(id: $id, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TestConnector($id: ID!, $recordId: ID) {\n    testConnector(id: $id, recordId: $recordId) {\n      ...RunFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

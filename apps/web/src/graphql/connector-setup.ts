import { graphql } from '../gql';

export const ConnectorSetupFields = graphql(`
  fragment ConnectorSetupFields on Connector {
    id
    name
    entityType
    automationTriggers
    published
    roles {
      id
      name
    }
    authentication {
      type
      username
      hasPasscode
      tokenUrl
      tokenRequestBody
      accessTokenName
      tokenExpirationSeconds
      clientId
      hasClientSecret
      scopes
    }
    request {
      url
      method
      headers {
        key
        value
        secret
      }
      bodyTemplate
    }
    successCriteria {
      source
      comparator
      value
    }
    delivery {
      maxAttempts
      timeoutMs
      rateLimitPerMinute
    }
    matching {
      staff {
        listUrl
        idField
        emailField
      }
      leadSource {
        listUrl
        idField
        nameField
        createUrl
      }
    }
    responseMapping {
      format
      responseKey
      delimiter
      writeBackField
    }
    signing {
      enabled
      secretCreatedAt
      previousSecretExpiresAt
    }
  }
`);

export const ConnectorSetupQuery = graphql(`
  query ConnectorSetup($id: ID!) {
    connector(id: $id) {
      ...ConnectorSetupFields
    }
  }
`);

export const SetupOptionsQuery = graphql(`
  query SetupOptions($entityType: EntityType!) {
    roles {
      id
      name
      connectorAccess
    }
    fieldCatalog(entityType: $entityType) {
      key
      label
      type
      custom
    }
  }
`);

export const CreateConnector = graphql(`
  mutation CreateConnector($input: ConnectorInput!, $publish: Boolean!) {
    createConnector(input: $input, publish: $publish) {
      ...ConnectorSetupFields
    }
  }
`);

export const UpdateConnector = graphql(`
  mutation UpdateConnector($id: ID!, $input: ConnectorInput!, $publish: Boolean!) {
    updateConnector(id: $id, input: $input, publish: $publish) {
      ...ConnectorSetupFields
    }
  }
`);

export const SigningSecretQuery = graphql(`
  query SigningSecret($connectorId: ID!) {
    signingSecret(connectorId: $connectorId)
  }
`);

export const RotateSigningSecret = graphql(`
  mutation RotateSigningSecret($connectorId: ID!) {
    rotateSigningSecret(connectorId: $connectorId)
  }
`);

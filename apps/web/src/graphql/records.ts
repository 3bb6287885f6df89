import { graphql } from '../gql';

export const ContactFields = graphql(`
  fragment ContactFields on Contact {
    id
    firstName
    lastName
    email
    phone
    address
    address2
    city
    state
    zipCode
    birthday
    anniversary
    activityRating
    additionalInfo
    leadSource
    customFields {
      key
      value
    }
    createdAt
    updatedAt
    owner {
      id
      name
    }
  }
`);

export const LoanFields = graphql(`
  fragment LoanFields on Loan {
    id
    loanNumber
    loanType
    amount
    interestRate
    status
    propertyAddress
    closingDate
    customFields {
      key
      value
    }
    createdAt
    updatedAt
    owner {
      id
      name
    }
    borrower {
      id
      firstName
      lastName
    }
  }
`);

export const ContactsQuery = graphql(`
  query Contacts($search: String, $page: Int!, $pageSize: Int!) {
    contacts(search: $search, page: $page, pageSize: $pageSize) {
      items {
        id
        firstName
        lastName
        email
        phone
        city
        state
        updatedAt
        owner {
          id
          name
        }
      }
      page
      pageCount
      totalCount
    }
  }
`);

export const LoansQuery = graphql(`
  query Loans($search: String, $page: Int!, $pageSize: Int!) {
    loans(search: $search, page: $page, pageSize: $pageSize) {
      items {
        id
        loanNumber
        loanType
        amount
        status
        closingDate
        updatedAt
        owner {
          id
          name
        }
        borrower {
          id
          firstName
          lastName
        }
      }
      page
      pageCount
      totalCount
    }
  }
`);

export const ContactQuery = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      ...ContactFields
    }
  }
`);

export const LoanQuery = graphql(`
  query Loan($id: ID!) {
    loan(id: $id) {
      ...LoanFields
    }
  }
`);

export const CreateContact = graphql(`
  mutation CreateContact($input: ContactInput!) {
    createContact(input: $input) {
      ...ContactFields
    }
  }
`);

export const UpdateContact = graphql(`
  mutation UpdateContact($id: ID!, $input: ContactInput!) {
    updateContact(id: $id, input: $input) {
      ...ContactFields
    }
  }
`);

export const DeleteContact = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id)
  }
`);

export const CreateLoan = graphql(`
  mutation CreateLoan($input: LoanInput!) {
    createLoan(input: $input) {
      ...LoanFields
    }
  }
`);

export const UpdateLoan = graphql(`
  mutation UpdateLoan($id: ID!, $input: LoanInput!) {
    updateLoan(id: $id, input: $input) {
      ...LoanFields
    }
  }
`);

export const DeleteLoan = graphql(`
  mutation DeleteLoan($id: ID!) {
    deleteLoan(id: $id)
  }
`);

export const CustomFieldsQuery = graphql(`
  query CustomFields($entityType: EntityType!) {
    fieldCatalog(entityType: $entityType) {
      key
      label
      type
      custom
    }
  }
`);

import { graphql } from '@/gql';

export const InboxTaskFieldsFragment = graphql(`
  fragment InboxTaskFields on Task {
    id
    name
    elementId
    bpmnProcessId
    processInstanceId
    assignee
    candidateGroups
    candidateUsers
    dueDate
    followUpDate
    priority
    state
    formId
    formKey
    createdAt
    completedAt
  }
`);

export const InboxTasksDocument = graphql(`
  query InboxTasks($filter: TaskFilter, $first: Int) {
    tasks(filter: $filter, first: $first) {
      nodes {
        ...InboxTaskFields
      }
      totalCount
    }
  }
`);

export const InboxTaskDetailDocument = graphql(`
  query InboxTaskDetail($processInstanceId: ID!) {
    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {
      nodes {
        ...InboxTaskFields
        variables
        fieldPermissions
      }
    }
  }
`);

export const InboxFormDocument = graphql(`
  query InboxForm($formKey: String!) {
    form(formKey: $formKey) {
      id
      formKey
      name
      version
      schema
    }
  }
`);

export const ClaimTaskDocument = graphql(`
  mutation ClaimTask($id: ID!) {
    claimTask(id: $id) {
      ...InboxTaskFields
    }
  }
`);

export const UnclaimTaskDocument = graphql(`
  mutation UnclaimTask($id: ID!) {
    unclaimTask(id: $id) {
      ...InboxTaskFields
    }
  }
`);

export const CompleteTaskDocument = graphql(`
  mutation CompleteTask($id: ID!, $variables: JSON) {
    completeTask(id: $id, variables: $variables) {
      ...InboxTaskFields
    }
  }
`);

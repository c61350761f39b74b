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
    sla {
      state
      respondBy
      completeBy
    }
  }
`);

export const TaskEventFieldsFragment = graphql(`
  fragment TaskEventFields on TaskEvent {
    id
    action
    actorId
    fromUser
    toUser
    reason
    createdAt
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
        owner
        delegationState
        signerOf
        signPosition
        approval {
          actions
          variable
        }
        events {
          ...TaskEventFields
        }
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

export const TaskCreatedDocument = graphql(`
  subscription TaskCreated {
    taskCreated {
      id
    }
  }
`);

export const TaskUpdatedDocument = graphql(`
  subscription TaskUpdated {
    taskUpdated {
      id
    }
  }
`);

export const StartedByMeDocument = graphql(`
  query StartedByMe($startedBy: ID!, $first: Int) {
    processInstances(filter: { startedBy: $startedBy }, first: $first) {
      nodes {
        id
        bpmnProcessId
        version
        state
        createdAt
        endedAt
        activeElementIds
      }
      totalCount
    }
  }
`);

export const CopiedToMeDocument = graphql(`
  query CopiedToMe($unread: Boolean, $first: Int) {
    copiedToMe(unread: $unread, first: $first) {
      nodes {
        id
        note
        read
        createdAt
        copiedById
        task {
          ...InboxTaskFields
        }
      }
      totalCount
    }
  }
`);

export const MarkCopyReadDocument = graphql(`
  mutation MarkCopyRead($id: ID!, $read: Boolean!) {
    markTaskCopyRead(id: $id, read: $read) {
      id
      read
    }
  }
`);

export const RequestProgressDocument = graphql(`
  query RequestProgress($id: ID!) {
    processInstance(id: $id) {
      ...InstancePathFields
    }
    tasks(filter: { processInstanceId: $id }, first: 200) {
      nodes {
        id
        elementId
        events {
          ...TaskEventFields
        }
      }
    }
  }
`);

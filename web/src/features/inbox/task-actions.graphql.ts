import { graphql } from '@/gql';

export const TaskPeopleDocument = graphql(`
  query TaskPeople {
    members {
      user {
        id
        name
        email
      }
    }
    groups {
      key
      name
    }
  }
`);

export const ReturnTargetsDocument = graphql(`
  query ReturnTargets($taskId: ID!) {
    returnTargets(taskId: $taskId) {
      elementId
      name
    }
  }
`);

export const TransferTaskDocument = graphql(`
  mutation TransferTask($input: HandOverTaskInput!) {
    transferTask(input: $input) {
      id
      assignee
    }
  }
`);

export const DelegateTaskDocument = graphql(`
  mutation DelegateTask($input: HandOverTaskInput!) {
    delegateTask(input: $input) {
      id
      assignee
    }
  }
`);

export const ResolveTaskDocument = graphql(`
  mutation ResolveTask($input: ResolveTaskInput!) {
    resolveTask(input: $input) {
      id
      assignee
    }
  }
`);

export const CopyTaskDocument = graphql(`
  mutation CopyTask($input: CopyTaskInput!) {
    copyTask(input: $input) {
      id
      recipientId
    }
  }
`);

export const ReturnTaskDocument = graphql(`
  mutation ReturnTask($input: ReturnTaskInput!) {
    returnTask(input: $input) {
      id
      state
    }
  }
`);

export const AddSignerDocument = graphql(`
  mutation AddSigner($input: AddSignerInput!) {
    addSigner(input: $input) {
      id
      state
    }
  }
`);

export const TaskCommentsDocument = graphql(`
  query TaskComments($taskId: ID!) {
    taskComments(taskId: $taskId) {
      id
      text
      createdAt
      author {
        id
        name
      }
      mentions {
        id
        name
      }
      attachments {
        id
        name
        size
      }
    }
  }
`);

export const AddTaskCommentDocument = graphql(`
  mutation AddTaskComment($input: AddTaskCommentInput!) {
    addTaskComment(input: $input) {
      id
    }
  }
`);

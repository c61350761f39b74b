import { graphql } from '@/gql';

export const MonitorDefinitionsDocument = graphql(`
  query MonitorDefinitions {
    processDefinitions {
      id
      bpmnProcessId
      name
      version
    }
  }
`);

export const MonitorDefinitionXmlDocument = graphql(`
  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {
    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {
      id
      bpmnXml
    }
  }
`);

export const MonitorInstancesDocument = graphql(`
  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {
    processInstances(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        bpmnProcessId
        version
        state
        createdAt
        endedAt
        startedBy
        incidents {
          id
          state
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** An instance's path: what the diagram paints and the timelines list (monitor, task page, request page). */
export const InstancePathFieldsFragment = graphql(`
  fragment InstancePathFields on ProcessInstance {
    id
    bpmnProcessId
    version
    state
    createdAt
    endedAt
    startedBy
    activeElementIds
    incidents {
      id
      elementId
      type
      message
      state
      createdAt
      resolvedAt
    }
    history {
      at
      elementId
      elementKind
      event
      durationMs
      actorId
    }
  }
`);

export const MonitorInstanceDocument = graphql(`
  query MonitorInstance($id: ID!) {
    processInstance(id: $id) {
      ...InstancePathFields
      variables
      activeElementInstances {
        id
        elementId
        elementKind
        state
      }
    }
  }
`);

export const SetInstanceVariablesDocument = graphql(`
  mutation SetInstanceVariables($input: SetVariablesInput!) {
    setVariables(input: $input) {
      id
    }
  }
`);

export const ModifyInstanceDocument = graphql(`
  mutation ModifyInstance($input: ModifyProcessInstanceInput!) {
    modifyProcessInstance(input: $input) {
      id
    }
  }
`);

export const StartInstanceDocument = graphql(`
  mutation StartInstance($input: StartProcessInstanceInput!) {
    startProcessInstance(input: $input) {
      id
      state
    }
  }
`);

export const CancelInstanceDocument = graphql(`
  mutation CancelInstance($id: ID!) {
    cancelProcessInstance(id: $id) {
      id
      state
    }
  }
`);

export const ResolveIncidentDocument = graphql(`
  mutation ResolveIncident($id: ID!, $retries: Int) {
    resolveIncident(id: $id, retries: $retries) {
      id
      state
    }
  }
`);

export const BatchOperationFieldsFragment = graphql(`
  fragment BatchOperationFields on BatchOperation {
    id
    kind
    state
    totalCount
    doneCount
    failedCount
    pendingCount
    failures {
      processInstanceId
      reason
      message
      keys
    }
  }
`);

export const StartBatchCancelDocument = graphql(`
  mutation StartBatchCancel($input: StartBatchCancelInput!) {
    startBatchCancel(input: $input) {
      ...BatchOperationFields
    }
  }
`);

export const StartBatchMigrationDocument = graphql(`
  mutation StartBatchMigration($input: StartBatchMigrationInput!) {
    startBatchMigration(input: $input) {
      ...BatchOperationFields
    }
  }
`);

export const BatchOperationDocument = graphql(`
  query BatchOperation($id: ID!) {
    batchOperation(id: $id) {
      ...BatchOperationFields
    }
  }
`);

export const CancelBatchOperationDocument = graphql(`
  mutation CancelBatchOperation($id: ID!) {
    cancelBatchOperation(id: $id) {
      ...BatchOperationFields
    }
  }
`);

export const BatchOperationProgressDocument = graphql(`
  subscription BatchOperationProgress($id: ID!) {
    batchOperationProgress(id: $id) {
      ...BatchOperationFields
    }
  }
`);

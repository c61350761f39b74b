import { graphql } from '@/gql';

export const SwitchWorkspaceDocument = graphql(`
  mutation SwitchWorkspace($workspaceId: ID!) {
    switchWorkspace(workspaceId: $workspaceId) {
      ...AuthPayloadFields
    }
  }
`);

export const CreateWorkspaceDocument = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

import { graphql } from '@/gql';

export const ModelerFormsDocument = graphql(`
  query ModelerForms {
    forms {
      id
      formKey
      name
      version
    }
  }
`);

export const DeployProcessDocument = graphql(`
  mutation DeployProcess($input: DeployProcessInput!) {
    deployProcess(input: $input) {
      id
      bpmnProcessId
      name
      version
    }
  }
`);

import { graphql } from '@/gql';

export const DesignerFormsDocument = graphql(`
  query DesignerForms {
    forms {
      id
      formKey
      name
      version
    }
  }
`);

/** One version of a form (the latest without `version`): the designer opens it, an app home renders its start form. */
export const FormVersionDocument = graphql(`
  query FormVersion($formKey: String!, $version: Int) {
    form(formKey: $formKey, version: $version) {
      id
      formKey
      name
      version
      schema
    }
  }
`);

export const FormDeployPreviewDocument = graphql(`
  query FormDeployPreview($schema: JSON!) {
    formDeployPreview(schema: $schema) {
      previousVersion
      addedFields
      removedFields {
        key
        recordCount
      }
      renamedFields {
        from
        to
        recordCount
      }
    }
  }
`);

export const DeployFormDocument = graphql(`
  mutation DeployForm($input: DeployFormInput!) {
    deployForm(input: $input) {
      id
      formKey
      name
      version
    }
  }
`);

export const CreatePublicFormLinkDocument = graphql(`
  mutation CreatePublicFormLink($input: CreatePublicFormLinkInput!) {
    createPublicFormLink(input: $input) {
      id
      token
    }
  }
`);

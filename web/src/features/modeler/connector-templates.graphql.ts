import { graphql } from '@/gql';

export const ConnectorTemplatesDocument = graphql(`
  query ConnectorTemplates {
    connectorTemplates {
      pluginId
      pluginVersion
      type
      version
      template
      templateZhCN
    }
  }
`);

import { graphql } from '@/gql';

/** The lookup form's latest schema: labels of its display fields. */
export const LookupFormDocument = graphql(`
  query LookupForm($formKey: String!) {
    form(formKey: $formKey) {
      formKey
      name
      schema
    }
  }
`);

/** Records of the lookup form the actor may read, with the field's filter and what was typed. */
export const LookupRecordsDocument = graphql(`
  query LookupRecords($formKey: String!, $filter: RecordFilter, $first: Int) {
    records(formKey: $formKey, filter: $filter, first: $first) {
      nodes {
        id
        data
      }
    }
  }
`);

/** A picked record, to show it when the form opens with a value. */
export const LookupRecordDocument = graphql(`
  query LookupRecord($id: ID!) {
    record(id: $id) {
      id
      formKey
      data
    }
  }
`);

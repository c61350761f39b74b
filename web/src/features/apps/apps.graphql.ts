import { graphql } from '@/gql';

export const AppCardFieldsFragment = graphql(`
  fragment AppCardFields on App {
    id
    key
    name
    nameZhCN
    nameEn
    icon
    myOpenTasks
    myRecords
  }
`);

export const AppsDocument = graphql(`
  query Apps {
    apps {
      ...AppCardFields
    }
  }
`);

export const AppHomeDocument = graphql(`
  query AppHome($key: String!) {
    app(key: $key) {
      ...AppCardFields
      createdAt
      forms {
        formKey
        name
        latestVersion
      }
      processes {
        bpmnProcessId
        name
        latestVersion
        startFormKey
      }
    }
  }
`);

export const CreateAppDocument = graphql(`
  mutation CreateApp($input: CreateAppInput!) {
    createApp(input: $input) {
      ...AppCardFields
    }
  }
`);

export const DraftFieldsFragment = graphql(`
  fragment DraftFields on Draft {
    id
    appKey
    kind
    key
    state
    authorId
    contributorIds
    baseVersion
    deployedVersion
    createdAt
    updatedAt
    problems {
      elementId
      rule
      severity
      message
    }
    reviews {
      id
      action
      actorId
      actorName
      comment
      createdAt
      elementComments {
        elementId
        text
      }
    }
  }
`);

export const AppDraftsDocument = graphql(`
  query AppDrafts($appKey: String!) {
    drafts(appKey: $appKey) {
      ...DraftFields
    }
  }
`);

/** The editors open the open draft's content; the list above leaves it out to stay small. */
export const DraftContentDocument = graphql(`
  query DraftContent($appKey: String!) {
    drafts(appKey: $appKey) {
      id
      kind
      key
      state
      bpmnXml
      formSchema
    }
  }
`);

export const SaveFormDraftDocument = graphql(`
  mutation SaveFormDraft($input: SaveFormDraftInput!) {
    saveFormDraft(input: $input) {
      ...DraftFields
    }
  }
`);

export const SaveProcessDraftDocument = graphql(`
  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {
    saveProcessDraft(input: $input) {
      ...DraftFields
    }
  }
`);

export const SubmitDraftDocument = graphql(`
  mutation SubmitDraftForReview($draftId: ID!, $note: String) {
    submitDraftForReview(draftId: $draftId, note: $note) {
      ...DraftFields
    }
  }
`);

export const ApproveDraftDocument = graphql(`
  mutation ApproveDraft($draftId: ID!, $comment: String) {
    approveDraft(draftId: $draftId, comment: $comment) {
      ...DraftFields
    }
  }
`);

export const RequestDraftChangesDocument = graphql(`
  mutation RequestDraftChanges($draftId: ID!, $comment: String!, $elementComments: [ElementCommentInput!]) {
    requestDraftChanges(draftId: $draftId, comment: $comment, elementComments: $elementComments) {
      ...DraftFields
    }
  }
`);

export const ModelDiffFieldsFragment = graphql(`
  fragment ModelDiffFields on ModelDiff {
    kind
    key
    fromVersion
    toVersion
    added {
      elementId
      name
      type
    }
    removed {
      elementId
      name
      type
    }
    changed {
      elementId
      name
      type
      changes {
        property
        before
        after
      }
    }
    formFields {
      added
      removed
      renamed {
        from
        to
      }
      changed {
        key
        changes {
          property
          before
          after
        }
      }
    }
  }
`);

export const DiffProcessVersionsDocument = graphql(`
  query DiffProcessVersions($bpmnProcessId: String!, $fromVersion: Int!, $toVersion: Int!) {
    diffProcessVersions(bpmnProcessId: $bpmnProcessId, fromVersion: $fromVersion, toVersion: $toVersion) {
      ...ModelDiffFields
    }
  }
`);

export const DiffFormVersionsDocument = graphql(`
  query DiffFormVersions($formKey: String!, $fromVersion: Int!, $toVersion: Int!) {
    diffFormVersions(formKey: $formKey, fromVersion: $fromVersion, toVersion: $toVersion) {
      ...ModelDiffFields
    }
  }
`);

export const AppProcessXmlDocument = graphql(`
  query AppProcessXml($bpmnProcessId: String!, $version: Int) {
    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {
      id
      version
      bpmnXml
    }
  }
`);

export const AppStartProcessDocument = graphql(`
  mutation AppStartProcess($input: StartProcessInstanceInput!) {
    startProcessInstance(input: $input) {
      id
      bpmnProcessId
      version
      state
    }
  }
`);

export const AppHandbookDocument = graphql(`
  query AppHandbook($key: String!, $lang: String) {
    appHandbook(key: $key, lang: $lang) {
      appKey
      lang
      title
      html
      generatedAt
    }
  }
`);

export const DraftTargetsDocument = graphql(`
  query DraftTargets($id: ID!) {
    draft(id: $id) {
      id
      kind
      bpmnXml
      formSchema
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetNotificationTimeZone($timeZone: String) {\n    setNotificationTimeZone(timeZone: $timeZone) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n": typeof types.SetNotificationTimeZoneDocument,
    "\n  fragment AppCardFields on App {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    icon\n    myOpenTasks\n    myRecords\n  }\n": typeof types.AppCardFieldsFragmentDoc,
    "\n  query Apps {\n    apps {\n      ...AppCardFields\n    }\n  }\n": typeof types.AppsDocument,
    "\n  query AppHome($key: String!) {\n    app(key: $key) {\n      ...AppCardFields\n      createdAt\n      forms {\n        formKey\n        name\n        latestVersion\n      }\n      processes {\n        bpmnProcessId\n        name\n        latestVersion\n        startFormKey\n      }\n    }\n  }\n": typeof types.AppHomeDocument,
    "\n  mutation CreateApp($input: CreateAppInput!) {\n    createApp(input: $input) {\n      ...AppCardFields\n    }\n  }\n": typeof types.CreateAppDocument,
    "\n  fragment DraftFields on Draft {\n    id\n    appKey\n    kind\n    key\n    state\n    authorId\n    contributorIds\n    baseVersion\n    deployedVersion\n    createdAt\n    updatedAt\n    problems {\n      elementId\n      rule\n      severity\n      message\n    }\n    reviews {\n      id\n      action\n      actorId\n      actorName\n      comment\n      createdAt\n      elementComments {\n        elementId\n        text\n      }\n    }\n  }\n": typeof types.DraftFieldsFragmentDoc,
    "\n  query AppDrafts($appKey: String!) {\n    drafts(appKey: $appKey) {\n      ...DraftFields\n    }\n  }\n": typeof types.AppDraftsDocument,
    "\n  query DraftContent($appKey: String!) {\n    drafts(appKey: $appKey) {\n      id\n      kind\n      key\n      state\n      bpmnXml\n      formSchema\n    }\n  }\n": typeof types.DraftContentDocument,
    "\n  mutation SaveFormDraft($input: SaveFormDraftInput!) {\n    saveFormDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.SaveFormDraftDocument,
    "\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.SaveProcessDraftDocument,
    "\n  mutation SubmitDraftForReview($draftId: ID!, $note: String) {\n    submitDraftForReview(draftId: $draftId, note: $note) {\n      ...DraftFields\n    }\n  }\n": typeof types.SubmitDraftForReviewDocument,
    "\n  mutation ApproveDraft($draftId: ID!, $comment: String) {\n    approveDraft(draftId: $draftId, comment: $comment) {\n      ...DraftFields\n    }\n  }\n": typeof types.ApproveDraftDocument,
    "\n  mutation RequestDraftChanges($draftId: ID!, $comment: String!, $elementComments: [ElementCommentInput!]) {\n    requestDraftChanges(draftId: $draftId, comment: $comment, elementComments: $elementComments) {\n      ...DraftFields\n    }\n  }\n": typeof types.RequestDraftChangesDocument,
    "\n  fragment ModelDiffFields on ModelDiff {\n    kind\n    key\n    fromVersion\n    toVersion\n    added {\n      elementId\n      name\n      type\n    }\n    removed {\n      elementId\n      name\n      type\n    }\n    changed {\n      elementId\n      name\n      type\n      changes {\n        property\n        before\n        after\n      }\n    }\n    formFields {\n      added\n      removed\n      renamed {\n        from\n        to\n      }\n      changed {\n        key\n        changes {\n          property\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ModelDiffFieldsFragmentDoc,
    "\n  query DiffProcessVersions($bpmnProcessId: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffProcessVersions(bpmnProcessId: $bpmnProcessId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n": typeof types.DiffProcessVersionsDocument,
    "\n  query DiffFormVersions($formKey: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffFormVersions(formKey: $formKey, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n": typeof types.DiffFormVersionsDocument,
    "\n  query AppProcessXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      version\n      bpmnXml\n    }\n  }\n": typeof types.AppProcessXmlDocument,
    "\n  mutation AppStartProcess($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      bpmnProcessId\n      version\n      state\n    }\n  }\n": typeof types.AppStartProcessDocument,
    "\n  query AppHandbook($key: String!, $lang: String) {\n    appHandbook(key: $key, lang: $lang) {\n      appKey\n      lang\n      title\n      html\n      generatedAt\n    }\n  }\n": typeof types.AppHandbookDocument,
    "\n  query DraftTargets($id: ID!) {\n    draft(id: $id) {\n      id\n      kind\n      bpmnXml\n      formSchema\n    }\n  }\n": typeof types.DraftTargetsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        actorId\n        actorEmail\n        ip\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    role\n    user {\n      id\n      email\n      name\n      locale\n    }\n    workspace {\n      id\n      name\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        locale\n      }\n      workspace {\n        id\n        name\n      }\n      role\n      groups {\n        id\n        key\n        name\n      }\n      workspaces {\n        role\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      workspaceName\n      role\n      expired\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query DesignerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": typeof types.DesignerFormsDocument,
    "\n  query FormVersion($formKey: String!, $version: Int) {\n    form(formKey: $formKey, version: $version) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n": typeof types.FormVersionDocument,
    "\n  query FormDeployPreview($schema: JSON!) {\n    formDeployPreview(schema: $schema) {\n      previousVersion\n      addedFields\n      removedFields {\n        key\n        recordCount\n      }\n      renamedFields {\n        from\n        to\n        recordCount\n      }\n    }\n  }\n": typeof types.FormDeployPreviewDocument,
    "\n  mutation DeployForm($input: DeployFormInput!) {\n    deployForm(input: $input) {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": typeof types.DeployFormDocument,
    "\n  mutation CreatePublicFormLink($input: CreatePublicFormLinkInput!) {\n    createPublicFormLink(input: $input) {\n      id\n      token\n    }\n  }\n": typeof types.CreatePublicFormLinkDocument,
    "\n  query LookupForm($formKey: String!) {\n    form(formKey: $formKey) {\n      formKey\n      name\n      schema\n    }\n  }\n": typeof types.LookupFormDocument,
    "\n  query LookupRecords($formKey: String!, $filter: RecordFilter, $first: Int) {\n    records(formKey: $formKey, filter: $filter, first: $first) {\n      nodes {\n        id\n        data\n      }\n    }\n  }\n": typeof types.LookupRecordsDocument,
    "\n  query LookupRecord($id: ID!) {\n    record(id: $id) {\n      id\n      formKey\n      data\n    }\n  }\n": typeof types.LookupRecordDocument,
    "\n  fragment GroupFields on Group {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    parentKey\n    createdAt\n    members {\n      id\n      name\n      email\n    }\n  }\n": typeof types.GroupFieldsFragmentDoc,
    "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation DeleteGroup($key: String!) {\n    deleteGroup(key: $key)\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n    sla {\n      state\n      respondBy\n      completeBy\n    }\n  }\n": typeof types.InboxTaskFieldsFragmentDoc,
    "\n  fragment TaskEventFields on TaskEvent {\n    id\n    action\n    actorId\n    fromUser\n    toUser\n    reason\n    createdAt\n  }\n": typeof types.TaskEventFieldsFragmentDoc,
    "\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n": typeof types.InboxTasksDocument,
    "\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n        fieldPermissions\n        owner\n        delegationState\n        signerOf\n        signPosition\n        approval {\n          actions\n          variable\n        }\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n": typeof types.InboxTaskDetailDocument,
    "\n  query InboxForm($formKey: String!) {\n    form(formKey: $formKey) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n": typeof types.InboxFormDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": typeof types.ClaimTaskDocument,
    "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": typeof types.UnclaimTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $variables: JSON) {\n    completeTask(id: $id, variables: $variables) {\n      ...InboxTaskFields\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  subscription TaskCreated {\n    taskCreated {\n      id\n    }\n  }\n": typeof types.TaskCreatedDocument,
    "\n  subscription TaskUpdated {\n    taskUpdated {\n      id\n    }\n  }\n": typeof types.TaskUpdatedDocument,
    "\n  query StartedByMe($startedBy: ID!, $first: Int) {\n    processInstances(filter: { startedBy: $startedBy }, first: $first) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        activeElementIds\n      }\n      totalCount\n    }\n  }\n": typeof types.StartedByMeDocument,
    "\n  query CopiedToMe($unread: Boolean, $first: Int) {\n    copiedToMe(unread: $unread, first: $first) {\n      nodes {\n        id\n        note\n        read\n        createdAt\n        copiedById\n        task {\n          ...InboxTaskFields\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.CopiedToMeDocument,
    "\n  mutation MarkCopyRead($id: ID!, $read: Boolean!) {\n    markTaskCopyRead(id: $id, read: $read) {\n      id\n      read\n    }\n  }\n": typeof types.MarkCopyReadDocument,
    "\n  query RequestProgress($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n    }\n    tasks(filter: { processInstanceId: $id }, first: 200) {\n      nodes {\n        id\n        elementId\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n": typeof types.RequestProgressDocument,
    "\n  query TaskPeople {\n    members {\n      user {\n        id\n        name\n        email\n      }\n    }\n    groups {\n      key\n      name\n    }\n  }\n": typeof types.TaskPeopleDocument,
    "\n  query ReturnTargets($taskId: ID!) {\n    returnTargets(taskId: $taskId) {\n      elementId\n      name\n    }\n  }\n": typeof types.ReturnTargetsDocument,
    "\n  mutation TransferTask($input: HandOverTaskInput!) {\n    transferTask(input: $input) {\n      id\n      assignee\n    }\n  }\n": typeof types.TransferTaskDocument,
    "\n  mutation DelegateTask($input: HandOverTaskInput!) {\n    delegateTask(input: $input) {\n      id\n      assignee\n    }\n  }\n": typeof types.DelegateTaskDocument,
    "\n  mutation ResolveTask($input: ResolveTaskInput!) {\n    resolveTask(input: $input) {\n      id\n      assignee\n    }\n  }\n": typeof types.ResolveTaskDocument,
    "\n  mutation CopyTask($input: CopyTaskInput!) {\n    copyTask(input: $input) {\n      id\n      recipientId\n    }\n  }\n": typeof types.CopyTaskDocument,
    "\n  mutation ReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ReturnTaskDocument,
    "\n  mutation AddSigner($input: AddSignerInput!) {\n    addSigner(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.AddSignerDocument,
    "\n  query TaskComments($taskId: ID!) {\n    taskComments(taskId: $taskId) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n      }\n      attachments {\n        id\n        name\n        size\n      }\n    }\n  }\n": typeof types.TaskCommentsDocument,
    "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTaskCommentDocument,
    "\n  query Members {\n    members {\n      role\n      joinedAt\n      groups\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n      link\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query ConnectorTemplates {\n    connectorTemplates {\n      pluginId\n      pluginVersion\n      type\n      version\n      template\n      templateZhCN\n    }\n  }\n": typeof types.ConnectorTemplatesDocument,
    "\n  query ModelerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": typeof types.ModelerFormsDocument,
    "\n  mutation DeployProcess($input: DeployProcessInput!) {\n    deployProcess(input: $input) {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": typeof types.DeployProcessDocument,
    "\n  query MonitorDefinitions {\n    processDefinitions {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": typeof types.MonitorDefinitionsDocument,
    "\n  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      bpmnXml\n    }\n  }\n": typeof types.MonitorDefinitionXmlDocument,
    "\n  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {\n    processInstances(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        startedBy\n        incidents {\n          id\n          state\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.MonitorInstancesDocument,
    "\n  fragment InstancePathFields on ProcessInstance {\n    id\n    bpmnProcessId\n    version\n    state\n    createdAt\n    endedAt\n    startedBy\n    activeElementIds\n    incidents {\n      id\n      elementId\n      type\n      message\n      state\n      createdAt\n      resolvedAt\n    }\n    history {\n      at\n      elementId\n      elementKind\n      event\n      durationMs\n      actorId\n    }\n  }\n": typeof types.InstancePathFieldsFragmentDoc,
    "\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n      variables\n      activeElementInstances {\n        id\n        elementId\n        elementKind\n        state\n      }\n    }\n  }\n": typeof types.MonitorInstanceDocument,
    "\n  mutation SetInstanceVariables($input: SetVariablesInput!) {\n    setVariables(input: $input) {\n      id\n    }\n  }\n": typeof types.SetInstanceVariablesDocument,
    "\n  mutation ModifyInstance($input: ModifyProcessInstanceInput!) {\n    modifyProcessInstance(input: $input) {\n      id\n    }\n  }\n": typeof types.ModifyInstanceDocument,
    "\n  mutation StartInstance($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.StartInstanceDocument,
    "\n  mutation CancelInstance($id: ID!) {\n    cancelProcessInstance(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelInstanceDocument,
    "\n  mutation ResolveIncident($id: ID!, $retries: Int) {\n    resolveIncident(id: $id, retries: $retries) {\n      id\n      state\n    }\n  }\n": typeof types.ResolveIncidentDocument,
    "\n  fragment BatchOperationFields on BatchOperation {\n    id\n    kind\n    state\n    totalCount\n    doneCount\n    failedCount\n    pendingCount\n    failures {\n      processInstanceId\n      reason\n      message\n      keys\n    }\n  }\n": typeof types.BatchOperationFieldsFragmentDoc,
    "\n  mutation StartBatchCancel($input: StartBatchCancelInput!) {\n    startBatchCancel(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n": typeof types.StartBatchCancelDocument,
    "\n  mutation StartBatchMigration($input: StartBatchMigrationInput!) {\n    startBatchMigration(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n": typeof types.StartBatchMigrationDocument,
    "\n  query BatchOperation($id: ID!) {\n    batchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n": typeof types.BatchOperationDocument,
    "\n  mutation CancelBatchOperation($id: ID!) {\n    cancelBatchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n": typeof types.CancelBatchOperationDocument,
    "\n  subscription BatchOperationProgress($id: ID!) {\n    batchOperationProgress(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n": typeof types.BatchOperationProgressDocument,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchWorkspaceDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
};
const documents: Documents = {
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetNotificationTimeZone($timeZone: String) {\n    setNotificationTimeZone(timeZone: $timeZone) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n": types.SetNotificationTimeZoneDocument,
    "\n  fragment AppCardFields on App {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    icon\n    myOpenTasks\n    myRecords\n  }\n": types.AppCardFieldsFragmentDoc,
    "\n  query Apps {\n    apps {\n      ...AppCardFields\n    }\n  }\n": types.AppsDocument,
    "\n  query AppHome($key: String!) {\n    app(key: $key) {\n      ...AppCardFields\n      createdAt\n      forms {\n        formKey\n        name\n        latestVersion\n      }\n      processes {\n        bpmnProcessId\n        name\n        latestVersion\n        startFormKey\n      }\n    }\n  }\n": types.AppHomeDocument,
    "\n  mutation CreateApp($input: CreateAppInput!) {\n    createApp(input: $input) {\n      ...AppCardFields\n    }\n  }\n": types.CreateAppDocument,
    "\n  fragment DraftFields on Draft {\n    id\n    appKey\n    kind\n    key\n    state\n    authorId\n    contributorIds\n    baseVersion\n    deployedVersion\n    createdAt\n    updatedAt\n    problems {\n      elementId\n      rule\n      severity\n      message\n    }\n    reviews {\n      id\n      action\n      actorId\n      actorName\n      comment\n      createdAt\n      elementComments {\n        elementId\n        text\n      }\n    }\n  }\n": types.DraftFieldsFragmentDoc,
    "\n  query AppDrafts($appKey: String!) {\n    drafts(appKey: $appKey) {\n      ...DraftFields\n    }\n  }\n": types.AppDraftsDocument,
    "\n  query DraftContent($appKey: String!) {\n    drafts(appKey: $appKey) {\n      id\n      kind\n      key\n      state\n      bpmnXml\n      formSchema\n    }\n  }\n": types.DraftContentDocument,
    "\n  mutation SaveFormDraft($input: SaveFormDraftInput!) {\n    saveFormDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.SaveFormDraftDocument,
    "\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.SaveProcessDraftDocument,
    "\n  mutation SubmitDraftForReview($draftId: ID!, $note: String) {\n    submitDraftForReview(draftId: $draftId, note: $note) {\n      ...DraftFields\n    }\n  }\n": types.SubmitDraftForReviewDocument,
    "\n  mutation ApproveDraft($draftId: ID!, $comment: String) {\n    approveDraft(draftId: $draftId, comment: $comment) {\n      ...DraftFields\n    }\n  }\n": types.ApproveDraftDocument,
    "\n  mutation RequestDraftChanges($draftId: ID!, $comment: String!, $elementComments: [ElementCommentInput!]) {\n    requestDraftChanges(draftId: $draftId, comment: $comment, elementComments: $elementComments) {\n      ...DraftFields\n    }\n  }\n": types.RequestDraftChangesDocument,
    "\n  fragment ModelDiffFields on ModelDiff {\n    kind\n    key\n    fromVersion\n    toVersion\n    added {\n      elementId\n      name\n      type\n    }\n    removed {\n      elementId\n      name\n      type\n    }\n    changed {\n      elementId\n      name\n      type\n      changes {\n        property\n        before\n        after\n      }\n    }\n    formFields {\n      added\n      removed\n      renamed {\n        from\n        to\n      }\n      changed {\n        key\n        changes {\n          property\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ModelDiffFieldsFragmentDoc,
    "\n  query DiffProcessVersions($bpmnProcessId: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffProcessVersions(bpmnProcessId: $bpmnProcessId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n": types.DiffProcessVersionsDocument,
    "\n  query DiffFormVersions($formKey: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffFormVersions(formKey: $formKey, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n": types.DiffFormVersionsDocument,
    "\n  query AppProcessXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      version\n      bpmnXml\n    }\n  }\n": types.AppProcessXmlDocument,
    "\n  mutation AppStartProcess($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      bpmnProcessId\n      version\n      state\n    }\n  }\n": types.AppStartProcessDocument,
    "\n  query AppHandbook($key: String!, $lang: String) {\n    appHandbook(key: $key, lang: $lang) {\n      appKey\n      lang\n      title\n      html\n      generatedAt\n    }\n  }\n": types.AppHandbookDocument,
    "\n  query DraftTargets($id: ID!) {\n    draft(id: $id) {\n      id\n      kind\n      bpmnXml\n      formSchema\n    }\n  }\n": types.DraftTargetsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        actorId\n        actorEmail\n        ip\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    role\n    user {\n      id\n      email\n      name\n      locale\n    }\n    workspace {\n      id\n      name\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        locale\n      }\n      workspace {\n        id\n        name\n      }\n      role\n      groups {\n        id\n        key\n        name\n      }\n      workspaces {\n        role\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      workspaceName\n      role\n      expired\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query DesignerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": types.DesignerFormsDocument,
    "\n  query FormVersion($formKey: String!, $version: Int) {\n    form(formKey: $formKey, version: $version) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n": types.FormVersionDocument,
    "\n  query FormDeployPreview($schema: JSON!) {\n    formDeployPreview(schema: $schema) {\n      previousVersion\n      addedFields\n      removedFields {\n        key\n        recordCount\n      }\n      renamedFields {\n        from\n        to\n        recordCount\n      }\n    }\n  }\n": types.FormDeployPreviewDocument,
    "\n  mutation DeployForm($input: DeployFormInput!) {\n    deployForm(input: $input) {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": types.DeployFormDocument,
    "\n  mutation CreatePublicFormLink($input: CreatePublicFormLinkInput!) {\n    createPublicFormLink(input: $input) {\n      id\n      token\n    }\n  }\n": types.CreatePublicFormLinkDocument,
    "\n  query LookupForm($formKey: String!) {\n    form(formKey: $formKey) {\n      formKey\n      name\n      schema\n    }\n  }\n": types.LookupFormDocument,
    "\n  query LookupRecords($formKey: String!, $filter: RecordFilter, $first: Int) {\n    records(formKey: $formKey, filter: $filter, first: $first) {\n      nodes {\n        id\n        data\n      }\n    }\n  }\n": types.LookupRecordsDocument,
    "\n  query LookupRecord($id: ID!) {\n    record(id: $id) {\n      id\n      formKey\n      data\n    }\n  }\n": types.LookupRecordDocument,
    "\n  fragment GroupFields on Group {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    parentKey\n    createdAt\n    members {\n      id\n      name\n      email\n    }\n  }\n": types.GroupFieldsFragmentDoc,
    "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation DeleteGroup($key: String!) {\n    deleteGroup(key: $key)\n  }\n": types.DeleteGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n    sla {\n      state\n      respondBy\n      completeBy\n    }\n  }\n": types.InboxTaskFieldsFragmentDoc,
    "\n  fragment TaskEventFields on TaskEvent {\n    id\n    action\n    actorId\n    fromUser\n    toUser\n    reason\n    createdAt\n  }\n": types.TaskEventFieldsFragmentDoc,
    "\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n": types.InboxTasksDocument,
    "\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n        fieldPermissions\n        owner\n        delegationState\n        signerOf\n        signPosition\n        approval {\n          actions\n          variable\n        }\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n": types.InboxTaskDetailDocument,
    "\n  query InboxForm($formKey: String!) {\n    form(formKey: $formKey) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n": types.InboxFormDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": types.ClaimTaskDocument,
    "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": types.UnclaimTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $variables: JSON) {\n    completeTask(id: $id, variables: $variables) {\n      ...InboxTaskFields\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  subscription TaskCreated {\n    taskCreated {\n      id\n    }\n  }\n": types.TaskCreatedDocument,
    "\n  subscription TaskUpdated {\n    taskUpdated {\n      id\n    }\n  }\n": types.TaskUpdatedDocument,
    "\n  query StartedByMe($startedBy: ID!, $first: Int) {\n    processInstances(filter: { startedBy: $startedBy }, first: $first) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        activeElementIds\n      }\n      totalCount\n    }\n  }\n": types.StartedByMeDocument,
    "\n  query CopiedToMe($unread: Boolean, $first: Int) {\n    copiedToMe(unread: $unread, first: $first) {\n      nodes {\n        id\n        note\n        read\n        createdAt\n        copiedById\n        task {\n          ...InboxTaskFields\n        }\n      }\n      totalCount\n    }\n  }\n": types.CopiedToMeDocument,
    "\n  mutation MarkCopyRead($id: ID!, $read: Boolean!) {\n    markTaskCopyRead(id: $id, read: $read) {\n      id\n      read\n    }\n  }\n": types.MarkCopyReadDocument,
    "\n  query RequestProgress($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n    }\n    tasks(filter: { processInstanceId: $id }, first: 200) {\n      nodes {\n        id\n        elementId\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n": types.RequestProgressDocument,
    "\n  query TaskPeople {\n    members {\n      user {\n        id\n        name\n        email\n      }\n    }\n    groups {\n      key\n      name\n    }\n  }\n": types.TaskPeopleDocument,
    "\n  query ReturnTargets($taskId: ID!) {\n    returnTargets(taskId: $taskId) {\n      elementId\n      name\n    }\n  }\n": types.ReturnTargetsDocument,
    "\n  mutation TransferTask($input: HandOverTaskInput!) {\n    transferTask(input: $input) {\n      id\n      assignee\n    }\n  }\n": types.TransferTaskDocument,
    "\n  mutation DelegateTask($input: HandOverTaskInput!) {\n    delegateTask(input: $input) {\n      id\n      assignee\n    }\n  }\n": types.DelegateTaskDocument,
    "\n  mutation ResolveTask($input: ResolveTaskInput!) {\n    resolveTask(input: $input) {\n      id\n      assignee\n    }\n  }\n": types.ResolveTaskDocument,
    "\n  mutation CopyTask($input: CopyTaskInput!) {\n    copyTask(input: $input) {\n      id\n      recipientId\n    }\n  }\n": types.CopyTaskDocument,
    "\n  mutation ReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      state\n    }\n  }\n": types.ReturnTaskDocument,
    "\n  mutation AddSigner($input: AddSignerInput!) {\n    addSigner(input: $input) {\n      id\n      state\n    }\n  }\n": types.AddSignerDocument,
    "\n  query TaskComments($taskId: ID!) {\n    taskComments(taskId: $taskId) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n      }\n      attachments {\n        id\n        name\n        size\n      }\n    }\n  }\n": types.TaskCommentsDocument,
    "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n": types.AddTaskCommentDocument,
    "\n  query Members {\n    members {\n      role\n      joinedAt\n      groups\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n      link\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query ConnectorTemplates {\n    connectorTemplates {\n      pluginId\n      pluginVersion\n      type\n      version\n      template\n      templateZhCN\n    }\n  }\n": types.ConnectorTemplatesDocument,
    "\n  query ModelerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": types.ModelerFormsDocument,
    "\n  mutation DeployProcess($input: DeployProcessInput!) {\n    deployProcess(input: $input) {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": types.DeployProcessDocument,
    "\n  query MonitorDefinitions {\n    processDefinitions {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": types.MonitorDefinitionsDocument,
    "\n  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      bpmnXml\n    }\n  }\n": types.MonitorDefinitionXmlDocument,
    "\n  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {\n    processInstances(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        startedBy\n        incidents {\n          id\n          state\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.MonitorInstancesDocument,
    "\n  fragment InstancePathFields on ProcessInstance {\n    id\n    bpmnProcessId\n    version\n    state\n    createdAt\n    endedAt\n    startedBy\n    activeElementIds\n    incidents {\n      id\n      elementId\n      type\n      message\n      state\n      createdAt\n      resolvedAt\n    }\n    history {\n      at\n      elementId\n      elementKind\n      event\n      durationMs\n      actorId\n    }\n  }\n": types.InstancePathFieldsFragmentDoc,
    "\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n      variables\n      activeElementInstances {\n        id\n        elementId\n        elementKind\n        state\n      }\n    }\n  }\n": types.MonitorInstanceDocument,
    "\n  mutation SetInstanceVariables($input: SetVariablesInput!) {\n    setVariables(input: $input) {\n      id\n    }\n  }\n": types.SetInstanceVariablesDocument,
    "\n  mutation ModifyInstance($input: ModifyProcessInstanceInput!) {\n    modifyProcessInstance(input: $input) {\n      id\n    }\n  }\n": types.ModifyInstanceDocument,
    "\n  mutation StartInstance($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      state\n    }\n  }\n": types.StartInstanceDocument,
    "\n  mutation CancelInstance($id: ID!) {\n    cancelProcessInstance(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelInstanceDocument,
    "\n  mutation ResolveIncident($id: ID!, $retries: Int) {\n    resolveIncident(id: $id, retries: $retries) {\n      id\n      state\n    }\n  }\n": types.ResolveIncidentDocument,
    "\n  fragment BatchOperationFields on BatchOperation {\n    id\n    kind\n    state\n    totalCount\n    doneCount\n    failedCount\n    pendingCount\n    failures {\n      processInstanceId\n      reason\n      message\n      keys\n    }\n  }\n": types.BatchOperationFieldsFragmentDoc,
    "\n  mutation StartBatchCancel($input: StartBatchCancelInput!) {\n    startBatchCancel(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n": types.StartBatchCancelDocument,
    "\n  mutation StartBatchMigration($input: StartBatchMigrationInput!) {\n    startBatchMigration(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n": types.StartBatchMigrationDocument,
    "\n  query BatchOperation($id: ID!) {\n    batchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n": types.BatchOperationDocument,
    "\n  mutation CancelBatchOperation($id: ID!) {\n    cancelBatchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n": types.CancelBatchOperationDocument,
    "\n  subscription BatchOperationProgress($id: ID!) {\n    batchOperationProgress(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n": types.BatchOperationProgressDocument,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchWorkspaceDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CreateWorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, enabled: $enabled) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationTimeZone($timeZone: String) {\n    setNotificationTimeZone(timeZone: $timeZone) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationTimeZone($timeZone: String) {\n    setNotificationTimeZone(timeZone: $timeZone) {\n      kinds {\n        kind\n        enabled\n      }\n      timeZone\n      emailEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppCardFields on App {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    icon\n    myOpenTasks\n    myRecords\n  }\n"): (typeof documents)["\n  fragment AppCardFields on App {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    icon\n    myOpenTasks\n    myRecords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Apps {\n    apps {\n      ...AppCardFields\n    }\n  }\n"): (typeof documents)["\n  query Apps {\n    apps {\n      ...AppCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppHome($key: String!) {\n    app(key: $key) {\n      ...AppCardFields\n      createdAt\n      forms {\n        formKey\n        name\n        latestVersion\n      }\n      processes {\n        bpmnProcessId\n        name\n        latestVersion\n        startFormKey\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppHome($key: String!) {\n    app(key: $key) {\n      ...AppCardFields\n      createdAt\n      forms {\n        formKey\n        name\n        latestVersion\n      }\n      processes {\n        bpmnProcessId\n        name\n        latestVersion\n        startFormKey\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApp($input: CreateAppInput!) {\n    createApp(input: $input) {\n      ...AppCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApp($input: CreateAppInput!) {\n    createApp(input: $input) {\n      ...AppCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftFields on Draft {\n    id\n    appKey\n    kind\n    key\n    state\n    authorId\n    contributorIds\n    baseVersion\n    deployedVersion\n    createdAt\n    updatedAt\n    problems {\n      elementId\n      rule\n      severity\n      message\n    }\n    reviews {\n      id\n      action\n      actorId\n      actorName\n      comment\n      createdAt\n      elementComments {\n        elementId\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DraftFields on Draft {\n    id\n    appKey\n    kind\n    key\n    state\n    authorId\n    contributorIds\n    baseVersion\n    deployedVersion\n    createdAt\n    updatedAt\n    problems {\n      elementId\n      rule\n      severity\n      message\n    }\n    reviews {\n      id\n      action\n      actorId\n      actorName\n      comment\n      createdAt\n      elementComments {\n        elementId\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppDrafts($appKey: String!) {\n    drafts(appKey: $appKey) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  query AppDrafts($appKey: String!) {\n    drafts(appKey: $appKey) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftContent($appKey: String!) {\n    drafts(appKey: $appKey) {\n      id\n      kind\n      key\n      state\n      bpmnXml\n      formSchema\n    }\n  }\n"): (typeof documents)["\n  query DraftContent($appKey: String!) {\n    drafts(appKey: $appKey) {\n      id\n      kind\n      key\n      state\n      bpmnXml\n      formSchema\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFormDraft($input: SaveFormDraftInput!) {\n    saveFormDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFormDraft($input: SaveFormDraftInput!) {\n    saveFormDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProcessDraft($input: SaveProcessDraftInput!) {\n    saveProcessDraft(input: $input) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDraftForReview($draftId: ID!, $note: String) {\n    submitDraftForReview(draftId: $draftId, note: $note) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDraftForReview($draftId: ID!, $note: String) {\n    submitDraftForReview(draftId: $draftId, note: $note) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDraft($draftId: ID!, $comment: String) {\n    approveDraft(draftId: $draftId, comment: $comment) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDraft($draftId: ID!, $comment: String) {\n    approveDraft(draftId: $draftId, comment: $comment) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDraftChanges($draftId: ID!, $comment: String!, $elementComments: [ElementCommentInput!]) {\n    requestDraftChanges(draftId: $draftId, comment: $comment, elementComments: $elementComments) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDraftChanges($draftId: ID!, $comment: String!, $elementComments: [ElementCommentInput!]) {\n    requestDraftChanges(draftId: $draftId, comment: $comment, elementComments: $elementComments) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelDiffFields on ModelDiff {\n    kind\n    key\n    fromVersion\n    toVersion\n    added {\n      elementId\n      name\n      type\n    }\n    removed {\n      elementId\n      name\n      type\n    }\n    changed {\n      elementId\n      name\n      type\n      changes {\n        property\n        before\n        after\n      }\n    }\n    formFields {\n      added\n      removed\n      renamed {\n        from\n        to\n      }\n      changed {\n        key\n        changes {\n          property\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModelDiffFields on ModelDiff {\n    kind\n    key\n    fromVersion\n    toVersion\n    added {\n      elementId\n      name\n      type\n    }\n    removed {\n      elementId\n      name\n      type\n    }\n    changed {\n      elementId\n      name\n      type\n      changes {\n        property\n        before\n        after\n      }\n    }\n    formFields {\n      added\n      removed\n      renamed {\n        from\n        to\n      }\n      changed {\n        key\n        changes {\n          property\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffProcessVersions($bpmnProcessId: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffProcessVersions(bpmnProcessId: $bpmnProcessId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n"): (typeof documents)["\n  query DiffProcessVersions($bpmnProcessId: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffProcessVersions(bpmnProcessId: $bpmnProcessId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffFormVersions($formKey: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffFormVersions(formKey: $formKey, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n"): (typeof documents)["\n  query DiffFormVersions($formKey: String!, $fromVersion: Int!, $toVersion: Int!) {\n    diffFormVersions(formKey: $formKey, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...ModelDiffFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppProcessXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      version\n      bpmnXml\n    }\n  }\n"): (typeof documents)["\n  query AppProcessXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      version\n      bpmnXml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppStartProcess($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      bpmnProcessId\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AppStartProcess($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      bpmnProcessId\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppHandbook($key: String!, $lang: String) {\n    appHandbook(key: $key, lang: $lang) {\n      appKey\n      lang\n      title\n      html\n      generatedAt\n    }\n  }\n"): (typeof documents)["\n  query AppHandbook($key: String!, $lang: String) {\n    appHandbook(key: $key, lang: $lang) {\n      appKey\n      lang\n      title\n      html\n      generatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftTargets($id: ID!) {\n    draft(id: $id) {\n      id\n      kind\n      bpmnXml\n      formSchema\n    }\n  }\n"): (typeof documents)["\n  query DraftTargets($id: ID!) {\n    draft(id: $id) {\n      id\n      kind\n      bpmnXml\n      formSchema\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        actorId\n        actorEmail\n        ip\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        actorId\n        actorEmail\n        ip\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    role\n    user {\n      id\n      email\n      name\n      locale\n    }\n    workspace {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    role\n    user {\n      id\n      email\n      name\n      locale\n    }\n    workspace {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken {\n    refreshToken {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshToken {\n    refreshToken {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        locale\n      }\n      workspace {\n        id\n        name\n      }\n      role\n      groups {\n        id\n        key\n        name\n      }\n      workspaces {\n        role\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        locale\n      }\n      workspace {\n        id\n        name\n      }\n      role\n      groups {\n        id\n        key\n        name\n      }\n      workspaces {\n        role\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      workspaceName\n      role\n      expired\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      workspaceName\n      role\n      expired\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query DesignerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormVersion($formKey: String!, $version: Int) {\n    form(formKey: $formKey, version: $version) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n"): (typeof documents)["\n  query FormVersion($formKey: String!, $version: Int) {\n    form(formKey: $formKey, version: $version) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormDeployPreview($schema: JSON!) {\n    formDeployPreview(schema: $schema) {\n      previousVersion\n      addedFields\n      removedFields {\n        key\n        recordCount\n      }\n      renamedFields {\n        from\n        to\n        recordCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FormDeployPreview($schema: JSON!) {\n    formDeployPreview(schema: $schema) {\n      previousVersion\n      addedFields\n      removedFields {\n        key\n        recordCount\n      }\n      renamedFields {\n        from\n        to\n        recordCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeployForm($input: DeployFormInput!) {\n    deployForm(input: $input) {\n      id\n      formKey\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeployForm($input: DeployFormInput!) {\n    deployForm(input: $input) {\n      id\n      formKey\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePublicFormLink($input: CreatePublicFormLinkInput!) {\n    createPublicFormLink(input: $input) {\n      id\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePublicFormLink($input: CreatePublicFormLinkInput!) {\n    createPublicFormLink(input: $input) {\n      id\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupForm($formKey: String!) {\n    form(formKey: $formKey) {\n      formKey\n      name\n      schema\n    }\n  }\n"): (typeof documents)["\n  query LookupForm($formKey: String!) {\n    form(formKey: $formKey) {\n      formKey\n      name\n      schema\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupRecords($formKey: String!, $filter: RecordFilter, $first: Int) {\n    records(formKey: $formKey, filter: $filter, first: $first) {\n      nodes {\n        id\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query LookupRecords($formKey: String!, $filter: RecordFilter, $first: Int) {\n    records(formKey: $formKey, filter: $filter, first: $first) {\n      nodes {\n        id\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupRecord($id: ID!) {\n    record(id: $id) {\n      id\n      formKey\n      data\n    }\n  }\n"): (typeof documents)["\n  query LookupRecord($id: ID!) {\n    record(id: $id) {\n      id\n      formKey\n      data\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFields on Group {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    parentKey\n    createdAt\n    members {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment GroupFields on Group {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    parentKey\n    createdAt\n    members {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($key: String!) {\n    deleteGroup(key: $key)\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($key: String!) {\n    deleteGroup(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n    sla {\n      state\n      respondBy\n      completeBy\n    }\n  }\n"): (typeof documents)["\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n    sla {\n      state\n      respondBy\n      completeBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskEventFields on TaskEvent {\n    id\n    action\n    actorId\n    fromUser\n    toUser\n    reason\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TaskEventFields on TaskEvent {\n    id\n    action\n    actorId\n    fromUser\n    toUser\n    reason\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n        fieldPermissions\n        owner\n        delegationState\n        signerOf\n        signPosition\n        approval {\n          actions\n          variable\n        }\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n        fieldPermissions\n        owner\n        delegationState\n        signerOf\n        signPosition\n        approval {\n          actions\n          variable\n        }\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxForm($formKey: String!) {\n    form(formKey: $formKey) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n"): (typeof documents)["\n  query InboxForm($formKey: String!) {\n    form(formKey: $formKey) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!, $variables: JSON) {\n    completeTask(id: $id, variables: $variables) {\n      ...InboxTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($id: ID!, $variables: JSON) {\n    completeTask(id: $id, variables: $variables) {\n      ...InboxTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskCreated {\n    taskCreated {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription TaskCreated {\n    taskCreated {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskUpdated {\n    taskUpdated {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription TaskUpdated {\n    taskUpdated {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartedByMe($startedBy: ID!, $first: Int) {\n    processInstances(filter: { startedBy: $startedBy }, first: $first) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        activeElementIds\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StartedByMe($startedBy: ID!, $first: Int) {\n    processInstances(filter: { startedBy: $startedBy }, first: $first) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        activeElementIds\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CopiedToMe($unread: Boolean, $first: Int) {\n    copiedToMe(unread: $unread, first: $first) {\n      nodes {\n        id\n        note\n        read\n        createdAt\n        copiedById\n        task {\n          ...InboxTaskFields\n        }\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CopiedToMe($unread: Boolean, $first: Int) {\n    copiedToMe(unread: $unread, first: $first) {\n      nodes {\n        id\n        note\n        read\n        createdAt\n        copiedById\n        task {\n          ...InboxTaskFields\n        }\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCopyRead($id: ID!, $read: Boolean!) {\n    markTaskCopyRead(id: $id, read: $read) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCopyRead($id: ID!, $read: Boolean!) {\n    markTaskCopyRead(id: $id, read: $read) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestProgress($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n    }\n    tasks(filter: { processInstanceId: $id }, first: 200) {\n      nodes {\n        id\n        elementId\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestProgress($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n    }\n    tasks(filter: { processInstanceId: $id }, first: 200) {\n      nodes {\n        id\n        elementId\n        events {\n          ...TaskEventFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskPeople {\n    members {\n      user {\n        id\n        name\n        email\n      }\n    }\n    groups {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query TaskPeople {\n    members {\n      user {\n        id\n        name\n        email\n      }\n    }\n    groups {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnTargets($taskId: ID!) {\n    returnTargets(taskId: $taskId) {\n      elementId\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReturnTargets($taskId: ID!) {\n    returnTargets(taskId: $taskId) {\n      elementId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTask($input: HandOverTaskInput!) {\n    transferTask(input: $input) {\n      id\n      assignee\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTask($input: HandOverTaskInput!) {\n    transferTask(input: $input) {\n      id\n      assignee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegateTask($input: HandOverTaskInput!) {\n    delegateTask(input: $input) {\n      id\n      assignee\n    }\n  }\n"): (typeof documents)["\n  mutation DelegateTask($input: HandOverTaskInput!) {\n    delegateTask(input: $input) {\n      id\n      assignee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTask($input: ResolveTaskInput!) {\n    resolveTask(input: $input) {\n      id\n      assignee\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveTask($input: ResolveTaskInput!) {\n    resolveTask(input: $input) {\n      id\n      assignee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyTask($input: CopyTaskInput!) {\n    copyTask(input: $input) {\n      id\n      recipientId\n    }\n  }\n"): (typeof documents)["\n  mutation CopyTask($input: CopyTaskInput!) {\n    copyTask(input: $input) {\n      id\n      recipientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnTask($input: ReturnTaskInput!) {\n    returnTask(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSigner($input: AddSignerInput!) {\n    addSigner(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AddSigner($input: AddSignerInput!) {\n    addSigner(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskComments($taskId: ID!) {\n    taskComments(taskId: $taskId) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n      }\n      attachments {\n        id\n        name\n        size\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskComments($taskId: ID!) {\n    taskComments(taskId: $taskId) {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        id\n        name\n      }\n      attachments {\n        id\n        name\n        size\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      role\n      joinedAt\n      groups\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      role\n      joinedAt\n      groups\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n      link\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n      link\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectorTemplates {\n    connectorTemplates {\n      pluginId\n      pluginVersion\n      type\n      version\n      template\n      templateZhCN\n    }\n  }\n"): (typeof documents)["\n  query ConnectorTemplates {\n    connectorTemplates {\n      pluginId\n      pluginVersion\n      type\n      version\n      template\n      templateZhCN\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query ModelerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeployProcess($input: DeployProcessInput!) {\n    deployProcess(input: $input) {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeployProcess($input: DeployProcessInput!) {\n    deployProcess(input: $input) {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorDefinitions {\n    processDefinitions {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query MonitorDefinitions {\n    processDefinitions {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      bpmnXml\n    }\n  }\n"): (typeof documents)["\n  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      bpmnXml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {\n    processInstances(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        startedBy\n        incidents {\n          id\n          state\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {\n    processInstances(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        startedBy\n        incidents {\n          id\n          state\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstancePathFields on ProcessInstance {\n    id\n    bpmnProcessId\n    version\n    state\n    createdAt\n    endedAt\n    startedBy\n    activeElementIds\n    incidents {\n      id\n      elementId\n      type\n      message\n      state\n      createdAt\n      resolvedAt\n    }\n    history {\n      at\n      elementId\n      elementKind\n      event\n      durationMs\n      actorId\n    }\n  }\n"): (typeof documents)["\n  fragment InstancePathFields on ProcessInstance {\n    id\n    bpmnProcessId\n    version\n    state\n    createdAt\n    endedAt\n    startedBy\n    activeElementIds\n    incidents {\n      id\n      elementId\n      type\n      message\n      state\n      createdAt\n      resolvedAt\n    }\n    history {\n      at\n      elementId\n      elementKind\n      event\n      durationMs\n      actorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n      variables\n      activeElementInstances {\n        id\n        elementId\n        elementKind\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      ...InstancePathFields\n      variables\n      activeElementInstances {\n        id\n        elementId\n        elementKind\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInstanceVariables($input: SetVariablesInput!) {\n    setVariables(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetInstanceVariables($input: SetVariablesInput!) {\n    setVariables(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModifyInstance($input: ModifyProcessInstanceInput!) {\n    modifyProcessInstance(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ModifyInstance($input: ModifyProcessInstanceInput!) {\n    modifyProcessInstance(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartInstance($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartInstance($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInstance($id: ID!) {\n    cancelProcessInstance(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CancelInstance($id: ID!) {\n    cancelProcessInstance(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveIncident($id: ID!, $retries: Int) {\n    resolveIncident(id: $id, retries: $retries) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveIncident($id: ID!, $retries: Int) {\n    resolveIncident(id: $id, retries: $retries) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BatchOperationFields on BatchOperation {\n    id\n    kind\n    state\n    totalCount\n    doneCount\n    failedCount\n    pendingCount\n    failures {\n      processInstanceId\n      reason\n      message\n      keys\n    }\n  }\n"): (typeof documents)["\n  fragment BatchOperationFields on BatchOperation {\n    id\n    kind\n    state\n    totalCount\n    doneCount\n    failedCount\n    pendingCount\n    failures {\n      processInstanceId\n      reason\n      message\n      keys\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBatchCancel($input: StartBatchCancelInput!) {\n    startBatchCancel(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartBatchCancel($input: StartBatchCancelInput!) {\n    startBatchCancel(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBatchMigration($input: StartBatchMigrationInput!) {\n    startBatchMigration(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartBatchMigration($input: StartBatchMigrationInput!) {\n    startBatchMigration(input: $input) {\n      ...BatchOperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BatchOperation($id: ID!) {\n    batchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n"): (typeof documents)["\n  query BatchOperation($id: ID!) {\n    batchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBatchOperation($id: ID!) {\n    cancelBatchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBatchOperation($id: ID!) {\n    cancelBatchOperation(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BatchOperationProgress($id: ID!) {\n    batchOperationProgress(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n"): (typeof documents)["\n  subscription BatchOperationProgress($id: ID!) {\n    batchOperationProgress(id: $id) {\n      ...BatchOperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
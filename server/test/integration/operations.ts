/**
 * Every GraphQL query and mutation, with a sample call aimed at another workspace's resources.
 * isolation.integration-spec.ts fails when an operation of the schema is missing here, so a new operation
 * cannot ship without its isolation and permission cases. Add yours when you add an operation.
 */
export interface Foreign {
  /** Workspace B, where the caller (an owner of workspace A) is not a member. */
  workspaceId: string;
  userId: string;
  groupKey: string;
  invitationId: string;
  /** A form key and a record id of B; optional until the spec's workspace B deploys a form and submits a record. */
  formKey?: string;
  recordId?: string;
}

const bForm = (b: Foreign) => b.formKey ?? 'bravo_renewal';
const bRecord = (b: Foreign) => b.recordId ?? '00000000-0000-4000-8000-00000000b0b0';

export interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  /** Public operations take no token; `why` says how they stay safe instead. */
  public?: { why: string };
  /** Roles below this get FORBIDDEN. */
  minRole?: 'ADMIN' | 'BUILDER';
  call: (b: Foreign) => { query: string; variables?: Record<string, unknown> };
}

export const OPERATIONS: Operation[] = [
  { name: 'me', kind: 'query', call: () => ({ query: `{ me { user { id email } workspace { id name } role groups { key } workspaces { workspace { id name } } } }` }) },
  { name: 'members', kind: 'query', call: () => ({ query: `{ members { user { id email name } role groups } }` }) },
  { name: 'groups', kind: 'query', call: () => ({ query: `{ groups { key name members { id email } } }` }) },
  { name: 'invitations', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ invitations { id email } }` }) },
  { name: 'auditLog', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ auditLog(first: 200) { nodes { action actorEmail targetId details } totalCount } }` }) },
  {
    name: 'invitation', kind: 'query',
    public: { why: 'reads one invitation by its secret 256-bit token only; tokens are stored hashed and never listed' },
    call: () => ({ query: `{ invitation(token: "guess") { email } }` }),
  },
  { name: 'signUp', kind: 'mutation', public: { why: 'creates a new account and workspace; touches no existing workspace' }, call: () => ({ query: `mutation { signUp(input: { email: "x", password: "y", name: "", workspaceName: "" }) { token } }` }) },
  { name: 'login', kind: 'mutation', public: { why: 'signs into the account’s own first workspace only' }, call: () => ({ query: `mutation { login(input: { email: "nobody@example.com", password: "wrong-pass-1" }) { token } }` }) },
  { name: 'refreshToken', kind: 'mutation', public: { why: 'acts only on the session named by the httpOnly cookie' }, call: () => ({ query: `mutation { refreshToken { token } }` }) },
  { name: 'logout', kind: 'mutation', public: { why: 'revokes only the session named by the cookie' }, call: () => ({ query: `mutation { logout }` }) },
  { name: 'acceptInvitation', kind: 'mutation', public: { why: 'joins only the workspace named by a secret invitation token' }, call: () => ({ query: `mutation { acceptInvitation(input: { token: "guess", password: "x" }) { token } }` }) },
  { name: 'switchWorkspace', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { switchWorkspace(workspaceId: $id) { token workspace { id } } }`, variables: { id: b.workspaceId } }) },
  { name: 'createWorkspace', kind: 'mutation', call: () => ({ query: `mutation { createWorkspace(input: { name: "" }) { token } }` }) },
  { name: 'updateProfile', kind: 'mutation', call: () => ({ query: `mutation { updateProfile(input: { locale: "xx" }) { id } }` }) },
  { name: 'changePassword', kind: 'mutation', call: () => ({ query: `mutation { changePassword(input: { currentPassword: "wrong-pass-1", newPassword: "new-pass-2027" }) }` }) },
  { name: 'inviteMember', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { inviteMember(input: { email: "someone.new@example.com", role: MEMBER }) { id } }` }) },
  { name: 'revokeInvitation', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($id: ID!) { revokeInvitation(id: $id) { id email } }`, variables: { id: b.invitationId } }) },
  { name: 'changeMemberRole', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($id: ID!) { changeMemberRole(input: { userId: $id, role: MEMBER }) { role } }`, variables: { id: b.userId } }) },
  { name: 'removeMember', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($id: ID!) { removeMember(userId: $id) }`, variables: { id: b.userId } }) },
  { name: 'createGroup', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!) { createGroup(input: { key: $key, name: "Copy" }) { id key } }`, variables: { key: `${b.groupKey}-a` } }) },
  { name: 'deleteGroup', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!) { deleteGroup(key: $key) }`, variables: { key: b.groupKey } }) },
  { name: 'addGroupMember', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!, $id: ID!) { addGroupMember(input: { groupKey: $key, userId: $id }) { key } }`, variables: { key: b.groupKey, id: b.userId } }) },
  { name: 'removeGroupMember', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!, $id: ID!) { removeGroupMember(input: { groupKey: $key, userId: $id }) { key } }`, variables: { key: b.groupKey, id: b.userId } }) },
  // processes, tasks and jobs: B's ids are aimed at with the workspace id, a UUID that is no instance, task, job or
  // incident in A; test/integration/engine/workspace-separation.integration-spec.ts aims at B's real ones.
  { name: 'processDefinitions', kind: 'query', call: () => ({ query: `{ processDefinitions { id bpmnProcessId version bpmnXml } }` }) },
  { name: 'processDefinition', kind: 'query', call: () => ({ query: `{ processDefinition(bpmnProcessId: "bravo-renewal") { id bpmnXml } }` }) },
  { name: 'processInstance', kind: 'query', call: (b) => ({ query: `query($id: ID!) { processInstance(id: $id) { id variables } }`, variables: { id: b.workspaceId } }) },
  { name: 'processInstances', kind: 'query', call: () => ({ query: `{ processInstances(first: 200) { nodes { id variables history { actorId } } totalCount } }` }) },
  { name: 'tasks', kind: 'query', call: () => ({ query: `{ tasks(first: 200) { nodes { id assignee variables } totalCount } }` }) },
  { name: 'deployProcess', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { deployProcess(input: { bpmnXml: "" }) { id } }` }) },
  { name: 'startProcessInstance', kind: 'mutation', call: () => ({ query: `mutation { startProcessInstance(input: { bpmnProcessId: "bravo-renewal" }) { id } }` }) },
  // B's message names are unknown in A (MESSAGE_UNKNOWN); a known name would only reach A's own subscriptions (RLS)
  { name: 'publishMessage', kind: 'mutation', call: () => ({ query: `mutation { publishMessage(input: { name: "bravo-paid", correlationKey: "bravo-1", timeToLive: 0 }) { id correlations { processInstanceId } } }` }) },
  // a signal reaches only the caller's workspace's subscriptions (RLS): B's waiting instances never show up here
  { name: 'broadcastSignal', kind: 'mutation', call: () => ({ query: `mutation { broadcastSignal(input: { name: "bravo-alert" }) { name triggered { processInstanceId } failed } }` }) },
  { name: 'cancelProcessInstance', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { cancelProcessInstance(id: $id) { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'resolveIncident', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { resolveIncident(id: $id, retries: 1) { id } }`, variables: { id: b.workspaceId } }) },
  {
    name: 'modifyProcessInstance', kind: 'mutation', minRole: 'BUILDER',
    call: (b) => ({ query: `mutation($id: ID!) { modifyProcessInstance(input: { processInstanceId: $id, terminate: [$id] }) { id } }`, variables: { id: b.workspaceId } }),
  },
  {
    name: 'setVariables', kind: 'mutation', minRole: 'BUILDER',
    call: (b) => ({ query: `mutation($id: ID!) { setVariables(input: { processInstanceId: $id, variables: { x: 1 } }) { id } }`, variables: { id: b.workspaceId } }),
  },
  {
    name: 'migrateProcessInstance', kind: 'mutation', minRole: 'BUILDER',
    call: (b) => ({
      query: `mutation($id: ID!) { migrateProcessInstance(input: { processInstanceId: $id, targetDefinitionId: $id, mappings: [{ sourceElementId: "a", targetElementId: "a" }] }) { id } }`,
      variables: { id: b.workspaceId },
    }),
  },
  // batches: B's instance ids are unknown in A (refused naming instanceIds[0]); B's batches are invisible (RLS)
  {
    name: 'startBatchCancel', kind: 'mutation', minRole: 'BUILDER',
    call: (b) => ({ query: `mutation($id: ID!) { startBatchCancel(input: { instanceIds: [$id] }) { id totalCount } }`, variables: { id: b.workspaceId } }),
  },
  {
    name: 'startBatchMigration', kind: 'mutation', minRole: 'BUILDER',
    call: (b) => ({
      query: `mutation($id: ID!) { startBatchMigration(input: { instanceIds: [$id], targetDefinitionId: $id, mappings: [{ sourceElementId: "a", targetElementId: "a" }] }) { id } }`,
      variables: { id: b.workspaceId },
    }),
  },
  { name: 'cancelBatchOperation', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { cancelBatchOperation(id: $id) { id state } }`, variables: { id: b.workspaceId } }) },
  { name: 'batchOperation', kind: 'query', call: (b) => ({ query: `query($id: ID!) { batchOperation(id: $id) { id state totalCount failures { processInstanceId message } } }`, variables: { id: b.workspaceId } }) },
  { name: 'batchOperations', kind: 'query', call: () => ({ query: `{ batchOperations(first: 200) { nodes { id kind state totalCount } totalCount } }` }) },
  { name: 'claimTask', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { claimTask(id: $id) { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'unclaimTask', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { unclaimTask(id: $id) { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'completeTask', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { completeTask(id: $id, variables: { ok: true }) { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'transferTask', kind: 'mutation', call: (b) => ({ query: `mutation($input: HandOverTaskInput!) { transferTask(input: $input) { id } }`, variables: { input: { id: b.workspaceId, toUserId: b.userId, reason: 'away' } } }) },
  { name: 'delegateTask', kind: 'mutation', call: (b) => ({ query: `mutation($input: HandOverTaskInput!) { delegateTask(input: $input) { id } }`, variables: { input: { id: b.workspaceId, toUserId: b.userId, reason: 'away' } } }) },
  { name: 'resolveTask', kind: 'mutation', call: (b) => ({ query: `mutation($input: ResolveTaskInput!) { resolveTask(input: $input) { id } }`, variables: { input: { id: b.workspaceId } } }) },
  { name: 'copyTask', kind: 'mutation', call: (b) => ({ query: `mutation($input: CopyTaskInput!) { copyTask(input: $input) { id } }`, variables: { input: { id: b.workspaceId, userIds: [b.userId], groupKeys: [b.groupKey] } } }) },
  { name: 'markTaskCopyRead', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { markTaskCopyRead(id: $id) { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'copiedToMe', kind: 'query', call: () => ({ query: `{ copiedToMe(first: 200) { nodes { id task { id variables } } totalCount } }` }) },
  { name: 'returnTask', kind: 'mutation', call: (b) => ({ query: `mutation($input: ReturnTaskInput!) { returnTask(input: $input) { id } }`, variables: { input: { id: b.workspaceId, targetElementId: 'review', reason: 'redo' } } }) },
  { name: 'returnTargets', kind: 'query', call: (b) => ({ query: `query($id: ID!) { returnTargets(taskId: $id) { elementId } }`, variables: { id: b.workspaceId } }) },
  { name: 'addSigner', kind: 'mutation', call: (b) => ({ query: `mutation($input: AddSignerInput!) { addSigner(input: $input) { id } }`, variables: { input: { id: b.workspaceId, userId: b.userId, position: 'BEFORE', reason: 'check' } } }) },
  { name: 'businessCalendar', kind: 'query', call: () => ({ query: `{ businessCalendar { timeZone holidaySet days { date } } }` }) },
  {
    name: 'setBusinessCalendar', kind: 'mutation', minRole: 'ADMIN',
    call: () => ({ query: `mutation($input: SetBusinessCalendarInput!) { setBusinessCalendar(input: $input) { timeZone } }`, variables: { input: { timeZone: 'Asia/Shanghai', weeklyHours: [{ weekday: 1, periods: [{ start: '09:00', end: '18:00' }] }], holidaySet: 'CN' } } }),
  },
  { name: 'holidays', kind: 'query', call: () => ({ query: `{ holidays(year: 2026) { date kind source } }` }) },
  { name: 'addWorkingTime', kind: 'query', call: () => ({ query: `{ addWorkingTime(start: "2026-03-02T01:00:00Z", duration: "PT4H") }` }) },
  { name: 'activateJobs', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { activateJobs(input: { type: "bravo-crm", maxJobs: 100, timeout: 1000 }) { id variables } }` }) },
  { name: 'completeJob', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { completeJob(id: $id) { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'failJob', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { failJob(id: $id, retries: 0, errorMessage: "x") { id } }`, variables: { id: b.workspaceId } }) },
  { name: 'throwError', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { throwError(id: $id, errorCode: "X") { id } }`, variables: { id: b.workspaceId } }) },
  // forms and records: B holds no form here, so these aim at a form key and record id A does not have;
  // test/integration/records-tenancy.integration-spec.ts aims at B's real ones.
  { name: 'deployForm', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($s: JSON!) { deployForm(input: { schema: $s }) { id formKey version report { removedFields { key recordCount } } } }`, variables: { s: { id: bForm(b), components: [] } } }) },
  { name: 'formDeployPreview', kind: 'query', minRole: 'BUILDER', call: (b) => ({ query: `query($s: JSON!) { formDeployPreview(schema: $s) { previousVersion removedFields { key recordCount } } }`, variables: { s: { id: bForm(b), components: [] } } }) },
  { name: 'forms', kind: 'query', call: () => ({ query: `{ forms { id formKey name schema } }` }) },
  { name: 'form', kind: 'query', call: (b) => ({ query: `query($k: String!) { form(formKey: $k) { id schema } }`, variables: { k: bForm(b) } }) },
  { name: 'submitRecord', kind: 'mutation', call: (b) => ({ query: `mutation($k: String!) { submitRecord(input: { formKey: $k, data: {} }) { id data } }`, variables: { k: bForm(b) } }) },
  { name: 'updateRecord', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { updateRecord(input: { id: $id, data: {} }) { id data } }`, variables: { id: bRecord(b) } }) },
  { name: 'deleteRecord', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { deleteRecord(id: $id) { id data } }`, variables: { id: bRecord(b) } }) },
  { name: 'restoreRecord', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { restoreRecord(id: $id) { id data } }`, variables: { id: bRecord(b) } }) },
  { name: 'record', kind: 'query', call: (b) => ({ query: `query($id: ID!) { record(id: $id) { id data } }`, variables: { id: bRecord(b) } }) },
  { name: 'recordHistory', kind: 'query', call: (b) => ({ query: `query($id: ID!) { recordHistory(id: $id) { action changes { key before after } } }`, variables: { id: bRecord(b) } }) },
  { name: 'updateRecords', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { updateRecords(input: { ids: [$id], set: { note: "x" } }) { id data } }`, variables: { id: bRecord(b) } }) },
  { name: 'saveRecordView', kind: 'mutation', call: (b) => ({ query: `mutation($k: String!) { saveRecordView(input: { formKey: $k, name: "Spy" }) { id filter } }`, variables: { k: bForm(b) } }) },
  { name: 'recordViews', kind: 'query', call: (b) => ({ query: `query($k: String!) { recordViews(formKey: $k) { id name filter } }`, variables: { k: bForm(b) } }) },
  { name: 'deleteRecordView', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { deleteRecordView(id: $id) }`, variables: { id: bRecord(b) } }) },
  { name: 'records', kind: 'query', call: (b) => ({ query: `query($k: String!) { records(formKey: $k) { totalCount nodes { id data } } }`, variables: { k: bForm(b) } }) },
  { name: 'createPublicFormLink', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($k: String!) { createPublicFormLink(input: { formKey: $k }) { id token } }`, variables: { k: bForm(b) } }) },
  { name: 'revokePublicFormLink', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { revokePublicFormLink(id: $id) { id revokedAt } }`, variables: { id: bRecord(b) } }) },
  { name: 'publicFormLinks', kind: 'query', minRole: 'BUILDER', call: (b) => ({ query: `query($k: String!) { publicFormLinks(formKey: $k) { id formKey } }`, variables: { k: bForm(b) } }) },
  { name: 'outboundAllowList', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ outboundAllowList }` }) },
  { name: 'setOutboundAllowList', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { setOutboundAllowList(hosts: ["spy.internal"]) }` }) },
  { name: 'secrets', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ secrets { name updatedAt } }` }) },
  { name: 'setSecret', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { setSecret(name: "SPY", value: "x") { name } }` }) },
  { name: 'deleteSecret', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { deleteSecret(name: "SMTP_PASSWORD") }` }) },
  { name: 'rotateSecrets', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { rotateSecrets }` }) },
  // a new key for the caller's own workspace only (its id comes from the token)
  { name: 'rotateWebhookKey', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { rotateWebhookKey { header urlPath } }` }) },
  { name: 'recordIndexes', kind: 'query', call: (b) => ({ query: `query($k: String!) { recordIndexes(formKey: $k) { fieldKey state } }`, variables: { k: bForm(b) } }) },
  { name: 'setRecordIndexes', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($k: String!) { setRecordIndexes(formKey: $k, fields: ["amount"]) { fieldKey state } }`, variables: { k: bForm(b) } }) },
  // apps, drafts and review, task comments, handbook: B's ids are aimed at with B's workspace id (no draft or task
  // in A) and app keys A does not have; apps.integration-spec.ts and review.integration-spec.ts aim at B's real ones.
  { name: 'apps', kind: 'query', call: () => ({ query: `{ apps { id key name forms { formKey } processes { bpmnProcessId } myOpenTasks myRecords } }` }) },
  { name: 'app', kind: 'query', call: () => ({ query: `{ app(key: "bravo-app") { id name } }` }) },
  { name: 'createApp', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { createApp(input: { key: "", nameZhCN: "", nameEn: "" }) { id } }` }) },
  { name: 'updateApp', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { updateApp(input: { key: "bravo-app", nameEn: "Spy" }) { id } }` }) },
  { name: 'archiveApp', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { archiveApp(key: "bravo-app") { id } }` }) },
  { name: 'addFormToApp', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($k: String!) { addFormToApp(appKey: "bravo-app", formKey: $k) { id } }`, variables: { k: bForm(b) } }) },
  { name: 'addProcessToApp', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { addProcessToApp(appKey: "bravo-app", bpmnProcessId: "bravo-renewal") { id } }` }) },
  { name: 'removeFormFromApp', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($k: String!) { removeFormFromApp(appKey: "bravo-app", formKey: $k) { id } }`, variables: { k: bForm(b) } }) },
  { name: 'removeProcessFromApp', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { removeProcessFromApp(appKey: "bravo-app", bpmnProcessId: "bravo-renewal") { id } }` }) },
  { name: 'saveProcessDraft', kind: 'mutation', minRole: 'BUILDER', call: () => ({ query: `mutation { saveProcessDraft(input: { appKey: "bravo-app", bpmnProcessId: "bravo-renewal", bpmnXml: "" }) { id } }` }) },
  { name: 'saveFormDraft', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($s: JSON!) { saveFormDraft(input: { appKey: "bravo-app", schema: $s }) { id } }`, variables: { s: { id: bForm(b), components: [] } } }) },
  { name: 'submitDraftForReview', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { submitDraftForReview(draftId: $id) { id state } }`, variables: { id: b.workspaceId } }) },
  { name: 'approveDraft', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { approveDraft(draftId: $id) { id state } }`, variables: { id: b.workspaceId } }) },
  { name: 'requestDraftChanges', kind: 'mutation', minRole: 'BUILDER', call: (b) => ({ query: `mutation($id: ID!) { requestDraftChanges(draftId: $id, comment: "x") { id state } }`, variables: { id: b.workspaceId } }) },
  { name: 'draft', kind: 'query', minRole: 'BUILDER', call: (b) => ({ query: `query($id: ID!) { draft(id: $id) { id bpmnXml formSchema } }`, variables: { id: b.workspaceId } }) },
  { name: 'drafts', kind: 'query', minRole: 'BUILDER', call: () => ({ query: `{ drafts(appKey: "bravo-app") { id bpmnXml } }` }) },
  { name: 'diffDraft', kind: 'query', minRole: 'BUILDER', call: (b) => ({ query: `query($id: ID!) { diffDraft(draftId: $id) { added { elementId } } }`, variables: { id: b.workspaceId } }) },
  { name: 'diffProcessVersions', kind: 'query', call: () => ({ query: `{ diffProcessVersions(bpmnProcessId: "bravo-renewal", fromVersion: 1, toVersion: 2) { added { elementId name } } }` }) },
  { name: 'diffFormVersions', kind: 'query', call: (b) => ({ query: `query($k: String!) { diffFormVersions(formKey: $k, fromVersion: 1, toVersion: 2) { formFields { added } } }`, variables: { k: bForm(b) } }) },
  { name: 'addTaskComment', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!, $u: ID!) { addTaskComment(input: { taskId: $id, text: "hi", mentions: [$u] }) { id } }`, variables: { id: b.workspaceId, u: b.userId } }) },
  { name: 'taskComments', kind: 'query', call: (b) => ({ query: `query($id: ID!) { taskComments(taskId: $id) { id text author { email } } }`, variables: { id: b.workspaceId } }) },
  { name: 'appHandbook', kind: 'query', call: () => ({ query: `{ appHandbook(key: "bravo-app") { html } }` }) },
  // plugins: B's installed plugins are aimed at by id; install itself is REST (POST /api/plugins), covered in plugin-install.integration-spec.ts
  { name: 'installedPlugins', kind: 'query', minRole: 'BUILDER', call: () => ({ query: `{ installedPlugins { pluginId nameEn enabled versions { id version sha256 connectors { type } } } }` }) },
  { name: 'setPluginEnabled', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { setPluginEnabled(pluginId: "bravo-crm", enabled: false) { pluginId enabled } }` }) },
  { name: 'uninstallPlugin', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { uninstallPlugin(pluginId: "bravo-crm", version: "1.0.0") }` }) },
  // the caller's workspace's enabled plugins only (no id to aim at); the base64 install lands in the caller's workspace
  { name: 'connectorTemplates', kind: 'query', minRole: 'BUILDER', call: () => ({ query: `{ connectorTemplates { pluginId type template } }` }) },
  { name: 'installPluginFromBase64', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { installPluginFromBase64(tarball: "H4sIAAAAAAAAAwMAAAAAAAAAAAA=", sha256: "${'0'.repeat(64)}") { pluginId } }` }) },
  { name: 'installPluginFromFolder', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { installPluginFromFolder(path: "/nonexistent") { pluginId } }` }) },
  // notifications: preferences are the caller's own (no id to aim at); SMTP settings are the caller's workspace's
  { name: 'notificationPreferences', kind: 'query', call: () => ({ query: `{ notificationPreferences { kinds { kind enabled } timeZone emailEnabled } }` }) },
  { name: 'setNotificationPreference', kind: 'mutation', call: () => ({ query: `mutation { setNotificationPreference(kind: TASK_ASSIGNED, enabled: false) { kinds { kind enabled } } }` }) },
  { name: 'setNotificationTimeZone', kind: 'mutation', call: () => ({ query: `mutation { setNotificationTimeZone(timeZone: "Asia/Shanghai") { timeZone } }` }) },
  { name: 'smtpSettings', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ smtpSettings { host port from user passwordSet } }` }) },
  { name: 'setSmtpSettings', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { setSmtpSettings(input: { host: "10.0.0.1", port: 25, from: "spy@example.com" }) { host } }` }) },
];

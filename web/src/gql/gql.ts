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
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        actorId\n        actorEmail\n        ip\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    role\n    user {\n      id\n      email\n      name\n      locale\n    }\n    workspace {\n      id\n      name\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        locale\n      }\n      workspace {\n        id\n        name\n      }\n      role\n      groups {\n        id\n        key\n        name\n      }\n      workspaces {\n        role\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      workspaceName\n      role\n      expired\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment GroupFields on Group {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    parentKey\n    createdAt\n    members {\n      id\n      name\n      email\n    }\n  }\n": typeof types.GroupFieldsFragmentDoc,
    "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation DeleteGroup($key: String!) {\n    deleteGroup(key: $key)\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n  }\n": typeof types.InboxTaskFieldsFragmentDoc,
    "\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n": typeof types.InboxTasksDocument,
    "\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n      }\n    }\n  }\n": typeof types.InboxTaskDetailDocument,
    "\n  query InboxForm($formKey: String!) {\n    form(formKey: $formKey) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n": typeof types.InboxFormDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": typeof types.ClaimTaskDocument,
    "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": typeof types.UnclaimTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $variables: JSON) {\n    completeTask(id: $id, variables: $variables) {\n      ...InboxTaskFields\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  query Members {\n    members {\n      role\n      joinedAt\n      groups\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n      link\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query ModelerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": typeof types.ModelerFormsDocument,
    "\n  mutation DeployProcess($input: DeployProcessInput!) {\n    deployProcess(input: $input) {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": typeof types.DeployProcessDocument,
    "\n  query MonitorDefinitions {\n    processDefinitions {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": typeof types.MonitorDefinitionsDocument,
    "\n  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      bpmnXml\n    }\n  }\n": typeof types.MonitorDefinitionXmlDocument,
    "\n  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {\n    processInstances(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        startedBy\n        incidents {\n          id\n          state\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.MonitorInstancesDocument,
    "\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      id\n      bpmnProcessId\n      version\n      state\n      createdAt\n      endedAt\n      startedBy\n      variables\n      activeElementIds\n      incidents {\n        id\n        elementId\n        type\n        message\n        state\n        createdAt\n        resolvedAt\n      }\n      history {\n        at\n        elementId\n        elementKind\n        event\n        durationMs\n      }\n    }\n  }\n": typeof types.MonitorInstanceDocument,
    "\n  mutation StartInstance($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.StartInstanceDocument,
    "\n  mutation CancelInstance($id: ID!) {\n    cancelProcessInstance(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CancelInstanceDocument,
    "\n  mutation ResolveIncident($id: ID!, $retries: Int) {\n    resolveIncident(id: $id, retries: $retries) {\n      id\n      state\n    }\n  }\n": typeof types.ResolveIncidentDocument,
    "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchWorkspaceDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
};
const documents: Documents = {
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        action\n        actorId\n        actorEmail\n        ip\n        targetType\n        targetId\n        createdAt\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    role\n    user {\n      id\n      email\n      name\n      locale\n    }\n    workspace {\n      id\n      name\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation RefreshToken {\n    refreshToken {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        name\n        locale\n      }\n      workspace {\n        id\n        name\n      }\n      role\n      groups {\n        id\n        key\n        name\n      }\n      workspaces {\n        role\n        workspace {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      workspaceName\n      role\n      expired\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment GroupFields on Group {\n    id\n    key\n    name\n    nameZhCN\n    nameEn\n    parentKey\n    createdAt\n    members {\n      id\n      name\n      email\n    }\n  }\n": types.GroupFieldsFragmentDoc,
    "\n  query Groups {\n    groups {\n      ...GroupFields\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation DeleteGroup($key: String!) {\n    deleteGroup(key: $key)\n  }\n": types.DeleteGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      ...GroupFields\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n  }\n": types.InboxTaskFieldsFragmentDoc,
    "\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n": types.InboxTasksDocument,
    "\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n      }\n    }\n  }\n": types.InboxTaskDetailDocument,
    "\n  query InboxForm($formKey: String!) {\n    form(formKey: $formKey) {\n      id\n      formKey\n      name\n      version\n      schema\n    }\n  }\n": types.InboxFormDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": types.ClaimTaskDocument,
    "\n  mutation UnclaimTask($id: ID!) {\n    unclaimTask(id: $id) {\n      ...InboxTaskFields\n    }\n  }\n": types.UnclaimTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $variables: JSON) {\n    completeTask(id: $id, variables: $variables) {\n      ...InboxTaskFields\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  query Members {\n    members {\n      role\n      joinedAt\n      groups\n      user {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      role\n      user {\n        id\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($userId: ID!) {\n    removeMember(userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n      invitedBy {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      token\n      link\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query ModelerForms {\n    forms {\n      id\n      formKey\n      name\n      version\n    }\n  }\n": types.ModelerFormsDocument,
    "\n  mutation DeployProcess($input: DeployProcessInput!) {\n    deployProcess(input: $input) {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": types.DeployProcessDocument,
    "\n  query MonitorDefinitions {\n    processDefinitions {\n      id\n      bpmnProcessId\n      name\n      version\n    }\n  }\n": types.MonitorDefinitionsDocument,
    "\n  query MonitorDefinitionXml($bpmnProcessId: String!, $version: Int) {\n    processDefinition(bpmnProcessId: $bpmnProcessId, version: $version) {\n      id\n      bpmnXml\n    }\n  }\n": types.MonitorDefinitionXmlDocument,
    "\n  query MonitorInstances($filter: ProcessInstanceFilter, $first: Int, $after: String) {\n    processInstances(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        bpmnProcessId\n        version\n        state\n        createdAt\n        endedAt\n        startedBy\n        incidents {\n          id\n          state\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.MonitorInstancesDocument,
    "\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      id\n      bpmnProcessId\n      version\n      state\n      createdAt\n      endedAt\n      startedBy\n      variables\n      activeElementIds\n      incidents {\n        id\n        elementId\n        type\n        message\n        state\n        createdAt\n        resolvedAt\n      }\n      history {\n        at\n        elementId\n        elementKind\n        event\n        durationMs\n      }\n    }\n  }\n": types.MonitorInstanceDocument,
    "\n  mutation StartInstance($input: StartProcessInstanceInput!) {\n    startProcessInstance(input: $input) {\n      id\n      state\n    }\n  }\n": types.StartInstanceDocument,
    "\n  mutation CancelInstance($id: ID!) {\n    cancelProcessInstance(id: $id) {\n      id\n      state\n    }\n  }\n": types.CancelInstanceDocument,
    "\n  mutation ResolveIncident($id: ID!, $retries: Int) {\n    resolveIncident(id: $id, retries: $retries) {\n      id\n      state\n    }\n  }\n": types.ResolveIncidentDocument,
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
export function graphql(source: "\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n  }\n"): (typeof documents)["\n  fragment InboxTaskFields on Task {\n    id\n    name\n    elementId\n    bpmnProcessId\n    processInstanceId\n    assignee\n    candidateGroups\n    candidateUsers\n    dueDate\n    followUpDate\n    priority\n    state\n    formId\n    formKey\n    createdAt\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InboxTasks($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) {\n      nodes {\n        ...InboxTaskFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxTaskDetail($processInstanceId: ID!) {\n    tasks(filter: { processInstanceId: $processInstanceId }, first: 100) {\n      nodes {\n        ...InboxTaskFields\n        variables\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      id\n      bpmnProcessId\n      version\n      state\n      createdAt\n      endedAt\n      startedBy\n      variables\n      activeElementIds\n      incidents {\n        id\n        elementId\n        type\n        message\n        state\n        createdAt\n        resolvedAt\n      }\n      history {\n        at\n        elementId\n        elementKind\n        event\n        durationMs\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitorInstance($id: ID!) {\n    processInstance(id: $id) {\n      id\n      bpmnProcessId\n      version\n      state\n      createdAt\n      endedAt\n      startedBy\n      variables\n      activeElementIds\n      incidents {\n        id\n        elementId\n        type\n        message\n        state\n        createdAt\n        resolvedAt\n      }\n      history {\n        at\n        elementId\n        elementKind\n        event\n        durationMs\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchWorkspace($workspaceId: ID!) {\n    switchWorkspace(workspaceId: $workspaceId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
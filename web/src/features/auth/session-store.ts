import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { request } from '@/api/client';
import type { AcceptInvitationInput, AuthPayloadFieldsFragment, LoginInput, MeQuery, SignUpInput } from '@/gql/graphql';
import { CreateWorkspaceDocument, SwitchWorkspaceDocument } from '@/features/shell/workspace.graphql';
import {
  AcceptInvitationDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RefreshTokenDocument,
  SignUpDocument,
} from './auth.graphql';

export type Me = MeQuery['me'];

/** Who is signed in, into which workspace, with which role. The access token lives here, in memory only. */
export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(null);
  const me = ref<Me | null>(null);
  let restoring: Promise<boolean> | null = null;
  let refreshing: Promise<boolean> | null = null;

  const isSignedIn = computed(() => token.value !== null && me.value !== null);
  const role = computed(() => me.value?.role ?? null);
  const isAdmin = computed(() => role.value === 'OWNER' || role.value === 'ADMIN');

  async function loadMe(): Promise<void> {
    me.value = (await request(MeDocument, {})).me;
  }

  async function applyAuth(payload: AuthPayloadFieldsFragment): Promise<void> {
    token.value = payload.token;
    await loadMe();
  }

  function clear(): void {
    token.value = null;
    me.value = null;
  }

  // One refresh at a time: the server rotates the refresh cookie, so parallel refreshes would race each other.
  function refresh(): Promise<boolean> {
    refreshing ??= request(RefreshTokenDocument, {}, { retryAuth: false })
      .then((data) => {
        token.value = data.refreshToken.token;
        return true;
      })
      .catch(() => {
        clear();
        return false;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  /** Restores the session from the refresh cookie once per page load. */
  function restore(): Promise<boolean> {
    restoring ??= refresh().then((ok) =>
      ok
        ? loadMe().then(
            () => true,
            () => false,
          )
        : false,
    );
    return restoring;
  }

  async function signIn(input: LoginInput): Promise<void> {
    await applyAuth((await request(LoginDocument, { input }, { retryAuth: false })).login);
  }

  async function signUp(input: SignUpInput): Promise<void> {
    await applyAuth((await request(SignUpDocument, { input }, { retryAuth: false })).signUp);
  }

  async function acceptInvitation(input: AcceptInvitationInput): Promise<void> {
    await applyAuth((await request(AcceptInvitationDocument, { input }, { retryAuth: false })).acceptInvitation);
  }

  async function switchWorkspace(workspaceId: string): Promise<void> {
    await applyAuth((await request(SwitchWorkspaceDocument, { workspaceId })).switchWorkspace);
  }

  async function createWorkspace(name: string): Promise<void> {
    await applyAuth((await request(CreateWorkspaceDocument, { input: { name } })).createWorkspace);
  }

  async function signOut(): Promise<void> {
    try {
      await request(LogoutDocument, {}, { retryAuth: false });
    } finally {
      clear();
    }
  }

  function setUser(user: Partial<Me['user']>): void {
    if (me.value) me.value = { ...me.value, user: { ...me.value.user, ...user } };
  }

  return {
    token,
    me,
    isSignedIn,
    role,
    isAdmin,
    loadMe,
    refresh,
    restore,
    clear,
    signIn,
    signUp,
    acceptInvitation,
    switchWorkspace,
    createWorkspace,
    signOut,
    setUser,
  };
});

import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '@/api/client';
import type { InvitationsQuery, InviteMemberInput, MembersQuery, Role } from '@/gql/graphql';
import {
  ChangeMemberRoleDocument,
  InvitationsDocument,
  InviteMemberDocument,
  MembersDocument,
  RemoveMemberDocument,
  RevokeInvitationDocument,
} from './members.graphql';

export type Member = MembersQuery['members'][number];
export type PendingInvitation = InvitationsQuery['invitations'][number];

/** The link shown once after inviting; a relative link from the server is made absolute for copying. */
export function absoluteInvitationLink(
  link: string | null | undefined,
  token: string | null | undefined,
  origin: string,
): string {
  if (link) return /^https?:\/\//.test(link) ? link : new URL(link, origin).toString();
  return token ? new URL(`/invite/${encodeURIComponent(token)}`, origin).toString() : '';
}

export const useMembersStore = defineStore('members', () => {
  const members = ref<Member[]>([]);
  const invitations = ref<PendingInvitation[]>([]);
  const loading = ref(false);

  async function loadMembers(): Promise<void> {
    loading.value = true;
    try {
      members.value = (await request(MembersDocument, {})).members;
    } finally {
      loading.value = false;
    }
  }

  async function loadInvitations(): Promise<void> {
    loading.value = true;
    try {
      invitations.value = (await request(InvitationsDocument, {})).invitations;
    } finally {
      loading.value = false;
    }
  }

  async function changeRole(userId: string, role: Role): Promise<void> {
    const changed = (await request(ChangeMemberRoleDocument, { input: { userId, role } })).changeMemberRole;
    members.value = members.value.map((member) =>
      member.user.id === userId ? { ...member, role: changed.role } : member,
    );
  }

  async function remove(userId: string): Promise<void> {
    await request(RemoveMemberDocument, { userId });
    members.value = members.value.filter((member) => member.user.id !== userId);
  }

  /** Returns the invitation link to hand to the invitee. */
  async function invite(input: InviteMemberInput): Promise<string> {
    const invitation = (await request(InviteMemberDocument, { input })).inviteMember;
    await loadInvitations();
    return absoluteInvitationLink(invitation.link, invitation.token, window.location.origin);
  }

  async function revoke(id: string): Promise<void> {
    await request(RevokeInvitationDocument, { id });
    invitations.value = invitations.value.filter((invitation) => invitation.id !== id);
  }

  return { members, invitations, loading, loadMembers, loadInvitations, changeRole, remove, invite, revoke };
});

import { graphql } from '@/gql';

export const MembersDocument = graphql(`
  query Members {
    members {
      role
      joinedAt
      groups
      user {
        id
        email
        name
      }
    }
  }
`);

export const ChangeMemberRoleDocument = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      role
      user {
        id
      }
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId)
  }
`);

export const InvitationsDocument = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      expiresAt
      createdAt
      invitedBy {
        id
        name
        email
      }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      token
      link
      expiresAt
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

import { graphql } from '@/gql';

export const AuthPayloadFieldsFragment = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    token
    expiresAt
    role
    user {
      id
      email
      name
      locale
    }
    workspace {
      id
      name
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const RefreshTokenDocument = graphql(`
  mutation RefreshToken {
    refreshToken {
      ...AuthPayloadFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      user {
        id
        email
        name
        locale
      }
      workspace {
        id
        name
      }
      role
      groups {
        id
        key
        name
      }
      workspaces {
        role
        workspace {
          id
          name
        }
      }
    }
  }
`);

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      workspaceName
      role
      expired
      accountExists
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

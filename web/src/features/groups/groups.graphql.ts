import { graphql } from '@/gql';

export const GroupFieldsFragment = graphql(`
  fragment GroupFields on Group {
    id
    key
    name
    nameZhCN
    nameEn
    parentKey
    createdAt
    members {
      id
      name
      email
    }
  }
`);

export const GroupsDocument = graphql(`
  query Groups {
    groups {
      ...GroupFields
    }
  }
`);

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupFields
    }
  }
`);

export const DeleteGroupDocument = graphql(`
  mutation DeleteGroup($key: String!) {
    deleteGroup(key: $key)
  }
`);

export const AddGroupMemberDocument = graphql(`
  mutation AddGroupMember($input: GroupMemberInput!) {
    addGroupMember(input: $input) {
      ...GroupFields
    }
  }
`);

export const RemoveGroupMemberDocument = graphql(`
  mutation RemoveGroupMember($input: GroupMemberInput!) {
    removeGroupMember(input: $input) {
      ...GroupFields
    }
  }
`);

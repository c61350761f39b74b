import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '@/api/client';
import type { CreateGroupInput, GroupFieldsFragment } from '@/gql/graphql';
import {
  AddGroupMemberDocument,
  CreateGroupDocument,
  DeleteGroupDocument,
  GroupsDocument,
  RemoveGroupMemberDocument,
} from './groups.graphql';

export type Group = GroupFieldsFragment;

/** A group's name in the UI locale, falling back to its default name. */
export function groupLabel(group: Pick<Group, 'name' | 'nameZhCN' | 'nameEn'>, locale: string): string {
  const localized = locale === 'zh-CN' ? group.nameZhCN : group.nameEn;
  return localized || group.name;
}

export const useGroupsStore = defineStore('groups', () => {
  const groups = ref<Group[]>([]);
  const loading = ref(false);

  function replace(group: Group): void {
    groups.value = groups.value.map((existing) => (existing.key === group.key ? group : existing));
  }

  async function load(): Promise<void> {
    loading.value = true;
    try {
      groups.value = (await request(GroupsDocument, {})).groups;
    } finally {
      loading.value = false;
    }
  }

  async function create(input: CreateGroupInput): Promise<Group> {
    const group = (await request(CreateGroupDocument, { input })).createGroup;
    groups.value = [...groups.value, group];
    return group;
  }

  async function remove(key: string): Promise<void> {
    await request(DeleteGroupDocument, { key });
    groups.value = groups.value.filter((group) => group.key !== key);
  }

  async function addMember(groupKey: string, userId: string): Promise<void> {
    replace((await request(AddGroupMemberDocument, { input: { groupKey, userId } })).addGroupMember);
  }

  async function removeMember(groupKey: string, userId: string): Promise<void> {
    replace((await request(RemoveGroupMemberDocument, { input: { groupKey, userId } })).removeGroupMember);
  }

  return { groups, loading, load, create, remove, addMember, removeMember };
});

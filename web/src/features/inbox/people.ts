import { ref } from 'vue';
import { request } from '@/api/client';
import type { TaskPeopleQuery } from '@/gql/graphql';
import { TaskPeopleDocument } from './task-actions.graphql';

export type Person = TaskPeopleQuery['members'][number]['user'];
export type PeopleGroup = TaskPeopleQuery['groups'][number];

const members = ref<Person[]>([]);
const groups = ref<PeopleGroup[]>([]);
let loading: Promise<void> | null = null;

/** The workspace's members and groups for pickers and names, loaded once per page load. */
export function usePeople() {
  if (!loading) {
    loading = request(TaskPeopleDocument, {}).then(
      (answer) => {
        members.value = answer.members.map((m) => m.user);
        groups.value = answer.groups;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  }
  /** A member's name (or email) for a user id or email; the raw value when unknown. */
  const nameOf = (who: string | null | undefined): string => {
    if (!who) return '—';
    const person = members.value.find((m) => m.id === who || m.email.toLowerCase() === who.toLowerCase());
    return person ? person.name || person.email : who;
  };
  return { members, groups, ready: loading, nameOf };
}

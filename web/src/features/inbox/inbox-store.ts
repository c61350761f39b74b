import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '@/api/client';
import type { CopiedToMeQuery, StartedByMeQuery } from '@/gql/graphql';
import { CopiedToMeDocument, InboxTasksDocument, StartedByMeDocument } from './inbox.graphql';
import { type InboxTab, type InboxTask, isTaskTab, tabFilters, tabTasks, type Viewer } from './task-list';

const PAGE = 100;

export type CopiedTask = CopiedToMeQuery['copiedToMe']['nodes'][number];
export type StartedInstance = StartedByMeQuery['processInstances']['nodes'][number];

export const useInboxStore = defineStore('inbox', () => {
  const tasks = ref<InboxTask[]>([]);
  const copies = ref<CopiedTask[]>([]);
  const started = ref<StartedInstance[]>([]);
  const loading = ref(false);
  const loadedTab = ref<InboxTab | null>(null);

  /** Loads one tab: for task tabs a `tasks(filter)` query per filter the tab needs, merged. */
  async function load(tab: InboxTab, viewer: Viewer, { quiet = false } = {}): Promise<void> {
    if (!quiet) loading.value = true;
    try {
      if (isTaskTab(tab)) {
        const answers = await Promise.all(
          tabFilters(tab, viewer).map(
            async (filter) => (await request(InboxTasksDocument, { filter, first: PAGE })).tasks.nodes,
          ),
        );
        tasks.value = tabTasks(tab, answers, viewer);
      } else if (tab === 'cc') {
        copies.value = (await request(CopiedToMeDocument, { first: PAGE })).copiedToMe.nodes;
      } else {
        started.value = (await request(StartedByMeDocument, { startedBy: viewer.userId, first: PAGE })).processInstances.nodes;
      }
      loadedTab.value = tab;
    } finally {
      loading.value = false;
    }
  }

  return { tasks, copies, started, loading, loadedTab, load };
});

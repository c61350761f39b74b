import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '@/api/client';
import { InboxTasksDocument } from './inbox.graphql';
import { type InboxTab, type InboxTask, tabFilters, tabTasks, type Viewer } from './task-list';

const PAGE = 100;

export const useInboxStore = defineStore('inbox', () => {
  const tasks = ref<InboxTask[]>([]);
  const loading = ref(false);
  const loadedTab = ref<InboxTab | null>(null);

  /** Loads one tab: a `tasks(filter)` query per filter the tab needs, merged. */
  async function load(tab: InboxTab, viewer: Viewer, { quiet = false } = {}): Promise<void> {
    if (!quiet) loading.value = true;
    try {
      const answers = await Promise.all(
        tabFilters(tab, viewer).map(
          async (filter) => (await request(InboxTasksDocument, { filter, first: PAGE })).tasks.nodes,
        ),
      );
      tasks.value = tabTasks(tab, answers, viewer);
      loadedTab.value = tab;
    } finally {
      loading.value = false;
    }
  }

  return { tasks, loading, loadedTab, load };
});

import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '@/api/client';
import type { AuditLogQuery } from '@/gql/graphql';
import { AuditLogDocument } from './audit.graphql';

export type AuditEvent = AuditLogQuery['auditLog']['nodes'][number];

export const AUDIT_PAGE_SIZE = 50;

export const useAuditStore = defineStore('audit', () => {
  const events = ref<AuditEvent[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const action = ref('');
  const loading = ref(false);

  async function fetchPage(after: string | null): Promise<void> {
    loading.value = true;
    try {
      const filter = action.value.trim() ? { action: action.value.trim() } : null;
      const page = (await request(AuditLogDocument, { filter, first: AUDIT_PAGE_SIZE, after })).auditLog;
      events.value = after ? [...events.value, ...page.nodes] : page.nodes;
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasNextPage.value = page.pageInfo.hasNextPage;
    } finally {
      loading.value = false;
    }
  }

  /** First page for the current filter. */
  const reload = () => fetchPage(null);
  const loadMore = () => (hasNextPage.value ? fetchPage(endCursor.value) : Promise.resolve());

  return { events, totalCount, hasNextPage, action, loading, reload, loadMore };
});

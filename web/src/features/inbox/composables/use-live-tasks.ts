import { onBeforeUnmount, onMounted, ref } from 'vue';
import { subscribe } from '@/api/subscribe';
import { TaskCreatedDocument, TaskUpdatedDocument } from '../inbox.graphql';
import { usePolling } from './use-polling';

/**
 * Live inbox: the server's `taskCreated` / `taskUpdated` subscriptions (graphql-ws) trigger a quiet refresh, a burst
 * of events coalesced into one; polling every 30 s stays as a safety net (and takes over at 10 s while the
 * subscriptions are down). `live` is false while they are.
 */
export function useLiveTasks(refresh: () => Promise<unknown>, debounceMs = 250): { live: ReturnType<typeof ref<boolean>> } {
  const live = ref(true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    live.value = true;
    clearTimeout(timer);
    timer = setTimeout(() => refresh().catch(() => undefined), debounceMs);
  };
  const down = () => (live.value = false);
  let stops: (() => void)[] = [];
  onMounted(() => {
    stops = [
      subscribe(TaskCreatedDocument, {}, { next: soon, error: down }),
      subscribe(TaskUpdatedDocument, {}, { next: soon, error: down }),
    ];
  });
  onBeforeUnmount(() => {
    clearTimeout(timer);
    stops.forEach((stop) => stop());
  });
  usePolling(() => refresh(), 30_000);
  usePolling(() => (live.value ? Promise.resolve() : refresh()), 10_000);
  return { live };
}

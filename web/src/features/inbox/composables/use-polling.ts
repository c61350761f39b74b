import { onBeforeUnmount, onMounted } from 'vue';

/**
 * Live updates by polling: the schema has no Subscription type yet, so open pages refresh every `intervalMs`
 * (skipped while the tab is hidden) and once more when the tab becomes visible again.
 */
export function usePolling(refresh: () => Promise<unknown>, intervalMs = 10_000): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    if (document.visibilityState === 'visible') refresh().catch(() => undefined);
  };
  onMounted(() => {
    timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
  });
  onBeforeUnmount(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', tick);
  });
}

import { onBeforeUnmount, ref } from 'vue';

export const MOBILE_QUERY = '(max-width: 768px)';

/** True while the viewport is phone-sized; the shell swaps its side menu for a drawer then. */
export function useIsMobile() {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(MOBILE_QUERY) : null;
  const isMobile = ref(query?.matches ?? false);
  const update = (event: MediaQueryListEvent) => {
    isMobile.value = event.matches;
  };
  query?.addEventListener('change', update);
  onBeforeUnmount(() => query?.removeEventListener('change', update));
  return isMobile;
}

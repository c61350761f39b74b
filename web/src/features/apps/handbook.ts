// The process handbook (appHandbook): a self-contained HTML page the server writes, opened, saved or printed here.
import { download } from '@/features/modeler/bpmn/diagram-io';

export type HandbookLang = 'zh-CN' | 'en';

export function handbookFileName(appKey: string, lang: HandbookLang): string {
  return `${appKey}-handbook-${lang}.html`;
}

/** Opens the page in a new tab from a blob URL (same origin, so nothing is fetched again); false when blocked. */
export function openHandbook(html: string): boolean {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const tab = window.open(url, '_blank');
  // the tab keeps its document; the URL only needs to live until it has loaded
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (tab) tab.opener = null;
  return tab !== null;
}

export function downloadHandbook(appKey: string, lang: HandbookLang, html: string): void {
  download(handbookFileName(appKey, lang), html, 'text/html;charset=utf-8');
}

/**
 * Prints the page through the browser's print dialog ("Save as PDF"), from a hidden frame that runs no scripts
 * (sandboxed without allow-scripts; same origin so this page can call its print()). The page has print CSS.
 */
export function printHandbook(html: string): HTMLIFrameElement {
  document.querySelector('iframe[data-testid="handbook-print-frame"]')?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.dataset.testid = 'handbook-print-frame';
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
  frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true });
  frame.srcdoc = html;
  document.body.appendChild(frame);
  return frame;
}

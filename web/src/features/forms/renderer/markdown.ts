import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Markdown (after templating) to HTML that is safe to insert: scripts, handlers and `javascript:` links removed. */
export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return sanitizeHtml(html);
}

/** Author HTML (the html field) with everything executable removed; links open safely in a new tab. */
export function sanitizeHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input'],
    FORBID_ATTR: ['style'],
  });
}

/** Only http(s) and data images, so a templated source cannot become a `javascript:` URL. */
export function safeUrl(url: string | undefined, allowData = false): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed) || trimmed.startsWith('/')) return trimmed;
  if (allowData && /^data:image\/(png|jpe?g|gif|webp|svg\+xml);base64,/i.test(trimmed)) return trimmed;
  return undefined;
}

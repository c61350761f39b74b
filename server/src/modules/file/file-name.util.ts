/**
 * A name safe to show and to offer on download: the last path segment only, no control or path characters, Unicode
 * NFC, at most 200 characters keeping the extension. It is never used to build a path (files are stored by id).
 */
export function sanitizeFileName(raw: string): string {
  const base = utf8Name(raw).normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^\.+/, '').trim();
  if (clean === '') return 'file';
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - extension.length) + extension;
}

export const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** Content types by extension: decided by the server, never taken from the client. */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  txt: 'text/plain', csv: 'text/csv', md: 'text/markdown', json: 'application/json', zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc: 'application/msword',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ppt: 'application/vnd.ms-powerpoint',
};

export const contentTypeOf = (extension: string): string => TYPES[extension] ?? 'application/octet-stream';

/**
 * Multipart parsers (busboy, under multer) read a filename without a charset as latin1, so UTF-8 names such as
 * 合同.pdf arrive as mojibake: decode them back when the bytes are valid UTF-8.
 */
function utf8Name(raw: string): string {
  if (/[^\u0000-\u00ff]/.test(raw)) return raw;
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? raw : decoded;
}

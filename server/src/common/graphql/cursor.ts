import { defineException } from '../errors/define-exception.js';

export const CursorException = defineException('CursorException', {
  INVALID_CURSOR: { code: 'BAD_USER_INPUT', en: 'The page cursor "after" is not valid.', zh: '分页游标 after 无效。' },
});

/** Opaque keyset cursor over (created_at, id). */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through
  }
  throw new CursorException('INVALID_CURSOR', { fields: [{ key: 'after', message: { en: 'Invalid cursor.', 'zh-CN': '游标无效。' } }] });
}

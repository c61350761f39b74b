import { RecordCursorException, RecordCursor } from '../record.repository.js';

/** Opaque keyset cursor; it names the sort it was made for, so it cannot be replayed under another sort. */
export function encodeRecordCursor(sort: string, cursor: RecordCursor): string {
  return Buffer.from(JSON.stringify([sort, cursor.sortKey, cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeRecordCursor(sort: string, text: string): RecordCursor {
  try {
    const [forSort, sortKey, createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (forSort === sort && typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string'
      && /^[0-9a-f-]{36}$/i.test(id)) {
      return { sortKey, createdAt, id };
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw new RecordCursorException('INVALID_CURSOR', { fields: [{ key: 'after', message: { en: 'Invalid cursor for this sort.', 'zh-CN': '游标无效或与排序不匹配。' } }] });
}

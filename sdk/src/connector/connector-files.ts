import { z } from 'zod';
import { ConnectorContractError, ConnectorProblem, problem } from './connector-errors.js';

/** One file as a connector receives it in a declared file field (`files: [...]`): name, type and bytes. */
export const connectorFile = z.object({
  filename: z.string().min(1).max(255),
  contentType: z.string().optional(),
  contentBase64: z.string(),
});
export type ConnectorFile = z.infer<typeof connectorFile>;

/** A workspace file the host found for an id, or null when the job's workspace has none with that id. */
export type OpenFile = (id: string) => Promise<{ name: string; contentType: string; content: Buffer } | null>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file id an item refers to: a bare id (a filepicker value) or `{ fileId }`; null for anything else. */
function fileIdOf(item: unknown): string | null {
  if (typeof item === 'string' && UUID.test(item.trim())) return item.trim();
  if (item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 1 && typeof (item as { fileId?: unknown }).fileId === 'string') {
    return (item as { fileId: string }).fileId.trim();
  }
  return null;
}

/**
 * Replaces the file references in a connector's declared file fields with the files' name, type and bytes, as the
 * plugin host does before a job runs (and the test harness with its own files). A field may hold one reference or a
 * list, as a filepicker field does; items that are not references stay as they are for the connector's schema to
 * check. An unknown id (or one of another workspace: `open` sees only the job's) and a total over `maxBytes` are
 * INVALID_INPUT problems naming the field and item.
 */
export async function resolveConnectorFiles(connector: { files?: readonly string[] }, input: Record<string, unknown>, open: OpenFile, maxBytes = 10 * 1024 * 1024): Promise<Record<string, unknown>> {
  const fields = connector.files ?? [];
  if (fields.length === 0) return input;
  const resolved: Record<string, unknown> = { ...input };
  const problems: ConnectorProblem[] = [];
  let total = 0;
  for (const field of fields) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    const single = !Array.isArray(value);
    const items: unknown[] = single ? [value] : value;
    const out: unknown[] = [];
    for (const [index, item] of items.entries()) {
      const path = single ? field : `${field}.${index}`;
      const id = fileIdOf(item);
      if (id === null) {
        out.push(item);
        continue;
      }
      const file = UUID.test(id) ? await open(id) : null;
      if (!file) {
        problems.push(problem(path, `No file ${id} in this workspace.`, `本工作区没有文件 ${id}。`));
        continue;
      }
      total += file.content.length;
      out.push({ filename: file.name, contentType: file.contentType, contentBase64: file.content.toString('base64') } satisfies ConnectorFile);
    }
    // one reference becomes a list of one file; a single item that is no reference is left to the schema
    resolved[field] = single && fileIdOf(value) === null ? value : out;
  }
  if (total > maxBytes) problems.push(problem(fields.join(','), `The files come to ${total} bytes, over the ${maxBytes}-byte limit.`, `文件共 ${total} 字节，超过 ${maxBytes} 字节的上限。`));
  if (problems.length > 0) throw new ConnectorContractError('INVALID_INPUT', problems);
  return resolved;
}

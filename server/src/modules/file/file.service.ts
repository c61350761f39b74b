import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { ENV, Env } from '../../config/env.js';
import { Db } from '../../database/db.service.js';
import { FileEntity } from './entities/file.entity.js';
import { FileException } from './file.exception.js';
import { contentTypeOf, extensionOf, sanitizeFileName } from './file-name.util.js';

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

/**
 * Uploaded files for filepicker fields and attachments: bytes under `<BATON_DATA_DIR>/files/<workspace>/<id>` (the
 * path is made of two UUIDs, never of the user's name), facts in the `files` table under row-level security.
 */
@Injectable()
export class FileService {
  private readonly root: string;
  private readonly allowed: Set<string>;

  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    @Inject(ENV) env: Env,
  ) {
    this.root = resolve(env.BATON_DATA_DIR, 'files');
    this.allowed = new Set(env.BATON_UPLOAD_TYPES.split(','));
  }

  async store(auth: AuthContext, upload: { buffer: Buffer; originalname: string } | undefined): Promise<StoredFile> {
    this.access.require(auth, Permission.RECORD_SUBMIT);
    if (!upload) throw new FileException('NO_FILE', { fields: [{ key: 'file', message: { en: 'Missing.', 'zh-CN': '缺少文件。' } }] });
    const name = sanitizeFileName(upload.originalname);
    const extension = extensionOf(name);
    if (!this.allowed.has(extension)) {
      throw new FileException('TYPE_NOT_ALLOWED', { params: { extension: extension || '?', allowed: [...this.allowed].join(', ') }, fields: [{ key: 'file', message: { en: 'Type not allowed.', 'zh-CN': '类型不允许。' } }] });
    }
    if (upload.buffer.length === 0) throw new FileException('EMPTY_FILE', { fields: [{ key: 'file', message: { en: 'Empty.', 'zh-CN': '文件为空。' } }] });
    const id = randomUUID();
    const path = bytesPath(this.root, auth.workspaceId, id);
    await mkdir(join(path, '..'), { recursive: true });
    // 'wx': never overwrite; the row is written after the bytes, and the bytes are removed if the row cannot be.
    await writeFile(path, upload.buffer, { flag: 'wx' });
    try {
      const row = await this.db.em.save(this.db.em.create(FileEntity, {
        id, workspaceId: auth.workspaceId, name, contentType: contentTypeOf(extension), size: upload.buffer.length,
        sha256: createHash('sha256').update(upload.buffer).digest('hex'), uploadedById: auth.userId,
      }));
      return toStored(row);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
  }

  /**
   * The uploader, builders and admins may read a file; other members when a live record they can read refers to it.
   * Files of other workspaces are invisible (row-level security), so they are NOT_FOUND like unknown ids.
   */
  async open(auth: AuthContext, id: string): Promise<{ file: StoredFile; stream: ReadStream }> {
    this.access.require(auth, Permission.RECORD_READ);
    new InputCheck().uuid('id', id).throwIfAny();
    const notFound = () => new FileException('FILE_NOT_FOUND', { params: { id } });
    const row = await this.db.em.findOneBy(FileEntity, { id });
    if (!row) throw notFound();
    if (row.uploadedById !== auth.userId && !this.access.can(auth, Permission.RECORD_MANAGE) && !(await this.referenced(id))) throw notFound();
    return { file: toStored(row), stream: createReadStream(bytesPath(this.root, row.workspaceId, row.id)) };
  }

  /**
   * A file for a caller another module has already let through (e.g. an attachment of a comment the caller may
   * read): no uploader or record check here, only the workspace's row-level security.
   */
  async openGranted(id: string): Promise<{ file: StoredFile; stream: ReadStream } | null> {
    const row = await this.db.em.findOneBy(FileEntity, { id });
    return row ? { file: toStored(row), stream: createReadStream(bytesPath(this.root, row.workspaceId, row.id)) } : null;
  }

  /** Files of the caller's workspace by id (for attachments: name, type, size), in no particular order. */
  async describe(ids: string[]): Promise<StoredFile[]> {
    if (ids.length === 0) return [];
    return (await this.db.em.findBy(FileEntity, { id: In(ids) })).map(toStored);
  }

  /** Which of these ids are files of the caller's workspace (filepicker values are checked with it on submit). */
  async existing(ids: string[]): Promise<Set<string>> {
    const valid = ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (valid.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.em.query(`SELECT id FROM files WHERE id = ANY($1::uuid[])`, [valid]);
    return new Set(rows.map((row) => row.id));
  }

  private async referenced(id: string): Promise<boolean> {
    const rows = await this.db.em.query(
      `SELECT 1 FROM records WHERE deleted_at IS NULL AND jsonb_path_exists(data, '$.** ? (@ == $id)', jsonb_build_object('id', $1::text)) LIMIT 1`,
      [id],
    );
    return rows.length > 0;
  }
}

/** Where a file's bytes live: two UUIDs under the files root, never the user's file name. */
const bytesPath = (root: string, workspaceId: string, id: string): string => join(root, workspaceId, id);

/**
 * A file of the workspace of `em`'s tenant transaction, with its bytes (row-level security hides other workspaces'
 * files, so their ids read as unknown): what the plugin host gives a connector's file fields. Null for unknown ids.
 */
export async function readWorkspaceFile(em: EntityManager, dataDir: string, id: string): Promise<{ name: string; contentType: string; content: Buffer } | null> {
  const row = await em.findOneBy(FileEntity, { id });
  if (!row) return null;
  return { name: row.name, contentType: row.contentType, content: await readFile(bytesPath(resolve(dataDir, 'files'), row.workspaceId, row.id)) };
}

const toStored = (row: FileEntity): StoredFile => ({ id: row.id, name: row.name, contentType: row.contentType, size: row.size, sha256: row.sha256, createdAt: row.createdAt });

import { Body, Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { AuthContext } from '../../../common/auth/auth-context.js';
import { AccessService } from '../../../common/auth/access.service.js';
import { HttpAuthGuard } from '../../../common/auth/http-auth.guard.js';
import { Permission } from '../../../common/auth/permission.js';
import { Db } from '../../../database/db.service.js';
import { FilterOperator, RecordFilter, RecordSort, SortDirection } from '../dtos/records-query.input.js';
import { RecordException } from '../record.exception.js';
import { ExportFormat, RecordExportService } from './record-export.service.js';
import { ImportMode, ImportPreview, ImportProgress, RecordImportService } from './record-import.service.js';
import { toGraphQLError } from '../../../common/errors/graphql-exception.filter.js';
import { pickLocale } from '../../../common/errors/baton.exception.js';

/** Uploads larger than this are refused by multer with 413 before they are parsed (100,000 rows of 20 fields fit). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const NDJSON = 'application/x-ndjson';

type Upload = { buffer: Buffer; originalname: string; size: number } | undefined;
type Authed = Request & { auth: AuthContext };

/**
 * File transfer for records, REST because files are not GraphQL: the same bearer token as /graphql.
 * GET  /api/forms/:formKey/records/export?format=xlsx|csv&filter=<RecordFilter JSON>&sort=<RecordSort JSON>
 * POST /api/forms/:formKey/records/import/preview   multipart: file
 * POST /api/forms/:formKey/records/import           multipart: file, mode=ALL_OR_NOTHING|VALID_ROWS, mapping=<JSON>
 *   with `Accept: application/x-ndjson` the answer is a stream of JSON lines: `{"type":"progress",…}` while it runs,
 *   then `{"type":"report","report":…}` or `{"type":"error","errors":[…]}` (GraphQL error shape).
 */
@Controller('api/forms/:formKey/records')
@UseGuards(HttpAuthGuard)
export class RecordTransferController {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly exporter: RecordExportService,
    private readonly importer: RecordImportService,
  ) {}

  @Get('export')
  async export(@Req() req: Authed, @Res() res: Response, @Param('formKey') formKey: string, @Query('format') format?: string, @Query('filter') filter?: string, @Query('sort') sort?: string): Promise<void> {
    this.access.require(req.auth, Permission.RECORD_READ);
    const chosen = (format ?? 'xlsx') as ExportFormat;
    if (chosen !== 'xlsx' && chosen !== 'csv') throw new RecordException('EXPORT_FORMAT_INVALID', { fields: [{ key: 'format', message: { en: 'Use xlsx or csv.', 'zh-CN': '请使用 xlsx 或 csv。' } }] });
    const query = { filter: parseFilter(filter), sort: parseSort(sort) };
    const name = `${formKey}-${new Date().toISOString().slice(0, 10)}.${chosen}`;
    await this.db.tenant(req.auth, () => this.exporter.export(req.auth, formKey, chosen, query.filter, query.sort, res, () => {
      res.setHeader('Content-Type', chosen === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    }));
    if (!res.writableEnded) res.end();
  }

  @Post('import/preview')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  preview(@Req() req: Authed, @Param('formKey') formKey: string, @UploadedFile() file: Upload): Promise<ImportPreview> {
    return this.db.tenant(req.auth, () => this.importer.preview(req.auth, formKey, required(file)));
  }

  @Post('import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  async import(@Req() req: Authed, @Res() res: Response, @Param('formKey') formKey: string, @UploadedFile() file: Upload, @Body() body: { mode?: string; mapping?: string }): Promise<void> {
    const mode = (body.mode ?? 'ALL_OR_NOTHING') as ImportMode;
    if (mode !== 'ALL_OR_NOTHING' && mode !== 'VALID_ROWS') {
      throw new RecordException('IMPORT_MAPPING_INVALID', { fields: [{ key: 'mode', message: { en: 'Use ALL_OR_NOTHING or VALID_ROWS.', 'zh-CN': '请使用 ALL_OR_NOTHING 或 VALID_ROWS。' } }] });
    }
    const upload = required(file);
    const mapping = parseMapping(body.mapping);
    if (!req.headers.accept?.includes(NDJSON)) {
      res.status(201).json(await this.importer.import(req.auth, formKey, upload, mapping, mode));
      return;
    }
    // Refusals known before the first row (no such form, no right to submit) keep their HTTP status.
    await this.db.tenant(req.auth, () => this.importer.preflight(req.auth, formKey));
    await this.streamImport(req, res, formKey, upload, mapping, mode);
  }

  /** Streams progress lines, then the report; a client that goes away aborts the import, which rolls it back. */
  private async streamImport(req: Authed, res: Response, formKey: string, upload: { buffer: Buffer; originalname: string }, mapping: Record<string, string | null> | null, mode: ImportMode): Promise<void> {
    const aborted = new AbortController();
    res.on('close', () => {
      if (!res.writableEnded) aborted.abort();
    });
    res.status(200).setHeader('Content-Type', `${NDJSON}; charset=utf-8`);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
    try {
      const report = await this.importer.import(req.auth, formKey, upload, mapping, mode, {
        signal: aborted.signal,
        onProgress: (progress: ImportProgress) => line({ type: 'progress', ...progress }),
      });
      line({ type: 'report', report });
    } catch (error) {
      if (aborted.signal.aborted) return;
      line({ type: 'error', errors: [toGraphQLError(error, pickLocale(req.headers['accept-language'])).toJSON()] });
    }
    res.end();
  }
}

function required(file: Upload): { buffer: Buffer; originalname: string } {
  if (!file) throw new RecordException('IMPORT_FILE_INVALID', { params: { reason: 'no file in the "file" field' }, fields: [{ key: 'file', message: { en: 'Attach a .xlsx or .csv file.', 'zh-CN': '请附上 .xlsx 或 .csv 文件。' } }] });
  return file;
}

const badJson = (key: string) =>
  new RecordException('EXPORT_FORMAT_INVALID', { fields: [{ key, message: { en: `"${key}" must be JSON of the GraphQL input's shape.`, 'zh-CN': `“${key}”须为与 GraphQL 输入同形的 JSON。` } }] });

function parseJson(text: string | undefined, key: string): unknown {
  if (text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badJson(key);
  }
}

const OPERATORS = new Set<string>(Object.values(FilterOperator));

function parseFilter(text: string | undefined): RecordFilter | null {
  const value = parseJson(text, 'filter') as RecordFilter | null;
  if (value === null) return null;
  const conditions = value.conditions ?? [];
  if (typeof value !== 'object' || !Array.isArray(conditions) || !conditions.every((c) => c && typeof c.field === 'string' && OPERATORS.has(c.op))) throw badJson('filter');
  return value;
}

function parseSort(text: string | undefined): RecordSort | null {
  const value = parseJson(text, 'sort') as RecordSort | null;
  if (value === null) return null;
  if (typeof value.field !== 'string' || (value.direction != null && !Object.values(SortDirection).includes(value.direction))) throw badJson('sort');
  return value;
}

function parseMapping(text: string | undefined): Record<string, string | null> | null {
  const value = parseJson(text, 'mapping');
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((v) => v === null || typeof v === 'string')) throw badJson('mapping');
  return value as Record<string, string | null>;
}

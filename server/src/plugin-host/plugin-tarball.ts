import { gunzipSync } from 'node:zlib';

/** Why a tarball was refused; `entry` names the archive member at fault, when there is one. */
export class TarballError extends Error {
  constructor(
    message: string,
    readonly entry?: string,
  ) {
    super(message);
    this.name = 'TarballError';
  }
}

export interface TarballLimits {
  /** unpacked bytes, all files together (a gzip bomb stops here) */
  maxBytes: number;
  maxFiles: number;
}

const BLOCK = 512;

function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

function size(header: Buffer): number {
  // base-256 (GNU) for sizes past 8 GiB: never a plugin; octal otherwise
  if (header[124] & 0x80) throw new TarballError('The archive has a member too large for a plugin.');
  const octal = text(header, 124, 12).trim();
  return octal === '' ? 0 : parseInt(octal, 8);
}

/** `path=…` from a pax extended header: records of the form "<length> <key>=<value>\n". */
function paxPath(data: Buffer): string | undefined {
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (space < 0 || !Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    if (record.startsWith('path=')) return record.slice(5);
    offset += length;
  }
  return undefined;
}

/** A member's path inside the plugin, without npm's `package/` folder; refuses anything that could leave it. */
function safePath(raw: string): string {
  const path = raw.replace(/^\.\//, '').replace(/^package\//, '');
  const parts = path.split('/');
  if (raw.startsWith('/') || raw.includes('\\') || raw.includes('\0') || parts.some((p) => p === '..')) {
    throw new TarballError(`The archive member "${raw}" points outside the plugin folder.`, raw);
  }
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

/**
 * The files of a gzipped tarball as `npm pack` (and so `baton-plugin pack`) writes it: ustar members under
 * `package/`, pax or GNU long names. Only regular files and folders are accepted: links and devices are refused,
 * as are paths that leave the folder, more than `maxFiles` members or more than `maxBytes` unpacked.
 */
export function readPluginTarball(gzipped: Buffer, limits: TarballLimits): Map<string, Buffer> {
  let archive: Buffer;
  try {
    archive = gunzipSync(gzipped, { maxOutputLength: limits.maxBytes + limits.maxFiles * 3 * BLOCK });
  } catch (error) {
    const tooLarge = error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new TarballError(tooLarge ? `The archive unpacks to more than ${limits.maxBytes} bytes.` : 'The file is not a gzipped tarball (.tgz).');
  }
  const files = new Map<string, Buffer>();
  let total = 0;
  let longName: string | undefined;
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const length = size(header);
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + length);
    if (data.length < length) throw new TarballError('The archive is truncated.');
    offset += BLOCK + Math.ceil(length / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] || 0x30);
    const prefix = text(header, 257, 6).startsWith('ustar') ? text(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = undefined;
    if (type === 'x') longName = paxPath(data);
    else if (type === 'L') longName = text(data, 0, data.length);
    else if (type === '5') safePath(name);
    else if (type === 'g') continue;
    else if (type === '0' || type === '7') {
      const path = safePath(name);
      total += length;
      if (files.size + 1 > limits.maxFiles) throw new TarballError(`The archive has more than ${limits.maxFiles} files.`);
      if (total > limits.maxBytes) throw new TarballError(`The archive unpacks to more than ${limits.maxBytes} bytes.`);
      if (path !== '') files.set(path, Buffer.from(data));
    } else {
      throw new TarballError(`The archive member "${name}" is a link or a device; a plugin holds only files and folders.`, name);
    }
  }
  if (files.size === 0) throw new TarballError('The archive holds no files.');
  return files;
}

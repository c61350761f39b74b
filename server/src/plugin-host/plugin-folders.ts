import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Where this replica keeps the unpacked copy of an installed tarball: named by its sha256, so never stale. */
export function pluginFolder(dataDir: string, sha256: string): string {
  return resolve(dataDir, 'plugins', sha256);
}

/**
 * Writes a tarball's files to `<data>/plugins/<sha256>` (if not there yet): first into a scratch folder, then renamed
 * into place, so a crash or a second writer never leaves a half-written plugin where the sandbox would load it.
 */
export async function unpackPlugin(dataDir: string, sha256: string, files: Map<string, Buffer>): Promise<string> {
  const folder = pluginFolder(dataDir, sha256);
  if (existsSync(folder)) return folder;
  const scratch = resolve(dataDir, 'plugins', `.partial-${sha256.slice(0, 12)}-${randomBytes(4).toString('hex')}`);
  try {
    for (const [path, bytes] of files) {
      const target = join(scratch, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes, { mode: 0o644 });
    }
    await rename(scratch, folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!existsSync(folder) || (code !== 'EEXIST' && code !== 'ENOTEMPTY')) throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return folder;
}

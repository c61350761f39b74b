import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { ENV, Env } from '../../config/env.js';
import { InstalledVersion, PluginInstallService } from './plugin-install.service.js';
import { PluginException } from './plugin.exception.js';

const run = promisify(execFile);
const PACK_TIMEOUT_MS = 60_000;

/**
 * Installs a plugin folder on the server's disk at run time (`installPluginFromFolder`): the folder is packed with
 * `npm pack --ignore-scripts` (so no lifecycle script of the plugin runs in the server) and installed exactly like
 * an uploaded tarball, which records it in the database so every replica loads the same bytes. Only folders inside
 * BATON_PLUGIN_INSTALL_ROOTS, an operator's choice, are accepted: an admin cannot make the server read elsewhere.
 */
@Injectable()
export class PluginFolderInstallService {
  constructor(
    private readonly access: AccessService,
    private readonly installer: PluginInstallService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async install(auth: AuthContext, path: string): Promise<InstalledVersion> {
    this.access.require(auth, Permission.PLUGIN_MANAGE);
    const folder = this.allowedFolder(path);
    const out = mkdtempSync(join(tmpdir(), 'baton-plugin-pack-'));
    try {
      const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
        cwd: folder,
        timeout: PACK_TIMEOUT_MS,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: out,
          npm_config_cache: join(out, 'cache'),
          npm_config_update_notifier: 'false',
        },
      }).catch((error: { stderr?: string; message: string }) => {
        throw new PluginException('FOLDER_NOT_PACKED', {
          params: { reason: (error.stderr || error.message).trim().split('\n').at(-1) ?? '' },
          fields: [field('npm pack failed.', 'npm pack 失败。')],
        });
      });
      const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
      const tarball = readFileSync(join(out, filename));
      return await this.installer.install(auth, tarball, createHash('sha256').update(tarball).digest('hex'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }

  /** The real path of `path` when it is a folder with a package.json inside one of the install roots. */
  private allowedFolder(path: string): string {
    const roots = this.env.BATON_PLUGIN_INSTALL_ROOTS.split(',')
      .filter((root) => root.trim() !== '' && existsSync(root))
      .map((root) => realpathSync(root));
    const refuse = (): never => {
      throw new PluginException('FOLDER_NOT_ALLOWED', {
        params: { roots: roots.join(', ') || '—', path },
        fields: [field('Not inside an install root.', '不在允许的安装目录内。')],
      });
    };
    if (typeof path !== 'string' || !isAbsolute(path) || path.length > 4096 || !existsSync(join(path, 'package.json')))
      return refuse();
    const real = realpathSync(path);
    return roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`))
      ? real
      : refuse();
  }
}

const field = (en: string, zh: string) => ({ key: 'path', message: { en, 'zh-CN': zh } });

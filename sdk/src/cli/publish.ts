import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Io } from './commands.js';

interface ServerError {
  message: string;
  extensions?: { code?: string; fields?: { key: string; message: string }[] };
}

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/**
 * `publish --server URL --token T <tarball>` (alias `install`): uploads a packed plugin to a Baton server's
 * POST /api/plugins with the sha256 from the `.sha256` file `pack` wrote beside it, so the server refuses a tarball
 * that changed on the way. The token (or BATON_TOKEN) must be a workspace admin's; the plugin installs in its workspace.
 */
export async function publish(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const valued = new Set(['--server', '--token', '--sha256'].flatMap((name) => [name, flag(args, name)]));
  const file = args.find((a) => !a.startsWith('--') && !valued.has(a));
  const server = flag(args, '--server') ?? env.BATON_SERVER;
  const token = flag(args, '--token') ?? env.BATON_TOKEN;
  if (!file || !server || !token) {
    io.err('publish needs a tarball, a server and a token: baton-plugin publish --server https://baton.example.com --token <admin token> my-plugin-0.1.0.tgz');
    return 2;
  }
  const tarball = resolve(file);
  if (!existsSync(tarball) || !statSync(tarball).isFile()) {
    io.err(`${tarball} is not a file; run baton-plugin pack first.`);
    return 1;
  }
  const bytes = readFileSync(tarball);
  const sidecar = `${tarball}.sha256`;
  const sha256 = flag(args, '--sha256') ?? (existsSync(sidecar) ? readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0] : undefined);
  if (!sha256) {
    io.err(`${sidecar} is missing: pack the plugin with baton-plugin pack (or give --sha256).`);
    return 1;
  }
  const local = createHash('sha256').update(bytes).digest('hex');
  if (local !== sha256.toLowerCase()) {
    io.err(`${basename(tarball)} has sha256 ${local}, not the ${sha256} recorded for it; pack it again.`);
    return 1;
  }
  const form = new FormData();
  form.set('sha256', sha256);
  form.set('tarball', new Blob([bytes], { type: 'application/gzip' }), basename(tarball));
  let response: Response;
  try {
    response = await fetch(new URL('/api/plugins', server), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  } catch (error) {
    io.err(`Could not reach ${server}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const body = (await response.json().catch(() => ({}))) as { errors?: ServerError[]; pluginId?: string; version?: string; connectors?: { type: string; version: string }[] };
  if (!response.ok) {
    for (const error of body.errors ?? [{ message: `HTTP ${response.status}` }]) {
      io.err(`${error.extensions?.code ?? response.status}: ${error.message}`);
      for (const field of error.extensions?.fields ?? []) io.err(`  ${field.key}: ${field.message}`);
    }
    return 1;
  }
  io.out(`Installed ${body.pluginId}@${body.version} on ${server}: ${(body.connectors ?? []).map((c) => `${c.type}@${c.version}`).join(', ') || 'no connectors'}`);
  return 0;
}

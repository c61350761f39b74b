import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConnectorContractError } from '../connector/connector-errors.js';
import { parsePluginManifest, validatePluginDefinition } from '../connector/plugin-manifest.js';
import { publish } from './publish.js';
import { scaffoldFiles } from './scaffold.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `baton-plugin <command>
  create <dir> [--id <id>]   scaffold a plugin that builds and passes its tests
  validate [dir]             check the manifest and what the built main module exports
  pack [dir]                 validate, then npm pack; writes <tarball>.sha256
  publish --server <url> --token <token> <tarball>
                             upload a packed plugin to a Baton server (alias: install; BATON_SERVER, BATON_TOKEN)`;

/** Runs one CLI command; returns the exit code (0 = success). */
export async function runCli(argv: string[], io: Io, sdkVersion: string): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'create':
        return create(rest, io, sdkVersion);
      case 'validate':
        return validate(resolve(rest[0] ?? '.'), io) ? 0 : 1;
      case 'pack':
        return pack(resolve(rest[0] ?? '.'), io);
      case 'publish':
      case 'install':
        return await publish(rest, io);
      default:
        io.err(USAGE);
        return command === undefined || command === '--help' ? 0 : 2;
    }
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

function create(args: string[], io: Io, sdkVersion: string): number {
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    io.err('create needs a folder: baton-plugin create my-plugin');
    return 2;
  }
  const folder = resolve(dir);
  const idFlag = args.indexOf('--id');
  const id = idFlag >= 0 ? args[idFlag + 1] : folder.split(/[\\/]/).pop()!.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(id ?? '')) {
    io.err(`"${id}" is not a plugin id: lower-case letters, digits and dashes, 2–63 characters (--id my-plugin).`);
    return 2;
  }
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    io.err(`${folder} is not empty; choose a new folder.`);
    return 1;
  }
  for (const [name, text] of Object.entries(scaffoldFiles(id, sdkVersion))) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  io.out(`Created plugin "${id}" in ${folder}: npm install && npm test`);
  return 0;
}

function validate(folder: string, io: Io): boolean {
  try {
    const manifest = parsePluginManifest(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')));
    const main = join(folder, manifest.main);
    if (!existsSync(main)) {
      io.err(`main: ${manifest.main} does not exist; build the plugin first.`);
      return false;
    }
    const loaded = createRequire(join(folder, 'package.json'))(main) as { default?: unknown };
    const plugin = validatePluginDefinition(manifest, loaded.default ?? loaded);
    io.out(`OK ${manifest.id}@${manifest.version}: ${plugin.connectors.map((c) => `${c.type}@${c.version}`).join(', ') || 'no connectors'}`);
    return true;
  } catch (error) {
    if (error instanceof ConnectorContractError) for (const p of error.problems) io.err(`${p.path}: ${p.message.en}`);
    else io.err(error instanceof Error ? error.message : String(error));
    return false;
  }
}

function pack(folder: string, io: Io): number {
  if (!validate(folder, io)) return 1;
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', folder], { cwd: folder, encoding: 'utf8' });
  if (packed.status !== 0) {
    io.err(packed.stderr || 'npm pack failed');
    return 1;
  }
  const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
  const tarball = join(folder, filename);
  const sha256 = createHash('sha256').update(readFileSync(tarball)).digest('hex');
  writeFileSync(`${tarball}.sha256`, `${sha256}  ${filename}\n`);
  io.out(`${tarball}\nsha256 ${sha256}`);
  return 0;
}

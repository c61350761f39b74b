import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const FIXTURES = resolve(__dirname, '../../fixtures/plugins');
/** The SDK's built bin (the server's tests run after `^build`, as nx orders them). */
const BATON_PLUGIN = resolve(__dirname, '../../../../sdk/dist/cli/baton-plugin.js');

/**
 * The `baton-plugin` CLI as a plugin author runs it, in a child process (asynchronously: the server it talks to runs
 * in this one); returns its exit code and its output lines.
 */
export function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const lines = (text: string) => text.split('\n').filter((line) => line !== '');
  return new Promise((done) => {
    execFile(process.execPath, [BATON_PLUGIN, ...args], { env: process.env }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, out: lines(stdout), err: lines(stderr) });
    });
  });
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Packs copies of test/fixtures/plugins/versioned with `baton-plugin pack`, as chosen versions. The copies live in the
 * repository (so `pack`'s validation resolves @baton/sdk and zod); the server unpacks them elsewhere.
 */
export class VersionedPlugin {
  private readonly scratch = mkdtempSync(join(FIXTURES, '.packed-'));

  async pack(version: string): Promise<{ tarball: string; bytes: Buffer; sha256: string }> {
    const folder = join(this.scratch, version);
    cpSync(join(FIXTURES, 'versioned'), folder, { recursive: true });
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ ...pkg, version }, null, 2));
    const packed = await cli('pack', folder);
    expect(packed.err).toEqual([]);
    // `pack` prints the validation line, then the tarball's path and its sha256
    const tarball = packed.out.at(-2)!;
    const bytes = readFileSync(tarball);
    return { tarball, bytes, sha256: readFileSync(`${tarball}.sha256`, 'utf8').split(' ')[0] };
  }

  remove(): void {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

export interface UploadResult {
  status: number;
  body: { pluginId?: string; id?: string; version?: string; errors?: { message: string; extensions: { code: string; reason: string; fields?: { key: string }[] } }[] };
}

/** POST /api/plugins as a browser or script would: multipart `tarball` and `sha256`. */
export async function upload(url: string, token: string | undefined, bytes: Buffer | undefined, integrity?: string): Promise<UploadResult> {
  const form = new FormData();
  if (integrity !== undefined) form.set('sha256', integrity);
  if (bytes) form.set('tarball', new Blob([bytes]), 'plugin.tgz');
  const res = await fetch(`${url}/api/plugins`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return { status: res.status, body: (await res.json()) as UploadResult['body'] };
}

/** A process whose one service task is a connector job, with one retry so failures become incidents at once. */
export const connectorProcess = (id: string, type: string, name = id) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d_${id}" targetNamespace="http://baton.dev/test">
  <bpmn:process id="${id}" name="${name}" isExecutable="true">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="call" />
    <bpmn:serviceTask id="call"><bpmn:extensionElements><zeebe:taskDefinition type="${type}" retries="1" /></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:sequenceFlow id="f2" sourceRef="call" targetRef="e" /><bpmn:endEvent id="e" />
  </bpmn:process>
</bpmn:definitions>`;

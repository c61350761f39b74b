import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, submit } from './forms/form-helpers.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const contractForm = {
  id: 'contracts',
  components: [
    { id: 'c1', type: 'textfield', key: 'customer', label: 'Customer' },
    { id: 'c2', type: 'filepicker', key: 'contract', label: 'Contract' },
  ],
};

let baton: RunningBaton;
let dataDir: string;
let owner: Session;
let member: Session;
let stranger: Session;

interface Stored { id: string; name: string; contentType: string; size: number; sha256: string }

async function upload(session: Session, bytes: Buffer | null, name: string) {
  const form = new FormData();
  if (bytes) form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${baton.url}/api/files`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` }, body: form });
  return { status: response.status, body: (await response.json()) as Stored & { errors?: { extensions: { code: string } }[] } };
}

const download = (session: Session, id: string) => fetch(`${baton.url}/api/files/${id}`, { headers: { authorization: `Bearer ${session.token}` } });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'baton-files-'));
  chmodSync(dataDir, 0o755);
  baton = await startTestApp({ BATON_DATA_DIR: dataDir, BATON_UPLOAD_MAX_BYTES: '2048', BATON_UPLOAD_TYPES: 'pdf,txt,png' });
  owner = await signUp(baton.url);
  member = await addMember(baton.url, owner, 'MEMBER');
  stranger = await signUp(baton.url);
  await deployed(baton.url, owner, contractForm);
});
afterAll(async () => {
  await baton?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('upload', () => {
  it('stores the bytes under the data folder by id, with a server-chosen type and the sha256', async () => {
    const bytes = Buffer.from('续约合同 renewal contract');
    const { status, body } = await upload(owner, bytes, '合同.txt');
    expect(status).toBe(201);
    expect(body).toMatchObject({ name: '合同.txt', contentType: 'text/plain', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(readFileSync(join(dataDir, 'files', owner.workspaceId, body.id)).equals(bytes)).toBe(true);
  });

  it('keeps only the last segment of a name with a path in it, and never writes outside its folder', async () => {
    const { body } = await upload(owner, Buffer.from('x'), '../../../etc/evil.txt');
    expect(body.name).toBe('evil.txt');
    expect(existsSync(join(dataDir, 'etc'))).toBe(false);
    expect(existsSync(join(dataDir, 'files', owner.workspaceId, body.id))).toBe(true);
  });

  it.each([
    { title: 'a type not on the list', bytes: Buffer.from('MZ'), name: 'tool.exe', status: 400, code: 'BAD_USER_INPUT' },
    { title: 'a file over the size limit', bytes: Buffer.alloc(3000, 1), name: 'big.pdf', status: 413, code: 'PAYLOAD_TOO_LARGE' },
    { title: 'an empty file', bytes: Buffer.alloc(0), name: 'empty.txt', status: 400, code: 'BAD_USER_INPUT' },
    { title: 'no file at all', bytes: null, name: '', status: 400, code: 'BAD_USER_INPUT' },
  ])('refuses $title', async ({ bytes, name, status, code }) => {
    const result = await upload(owner, bytes, name);
    expect(result.status).toBe(status);
    expect(result.body.errors?.[0].extensions.code).toBe(code);
  });
});

describe('download and filepicker fields', () => {
  it('serves the uploader; other members only once a record refers to the file; other workspaces never', async () => {
    const bytes = Buffer.from('%PDF-1.4 signed');
    const { body: file } = await upload(owner, bytes, 'signed.pdf');
    // the uploader reads it back, as an attachment with its type
    const mine = await download(owner, file.id);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect(mine.headers.get('content-disposition')).toContain(`filename="signed.pdf"`);
    expect(Buffer.from(await mine.arrayBuffer()).equals(bytes)).toBe(true);
    // a member cannot while no record refers to it
    expect((await download(member, file.id)).status).toBe(404);
    // when a record's filepicker holds it, the member can
    const record = await submit(baton.url, owner, 'contracts', { customer: 'Acme', contract: file.id });
    expect(record.errors).toBeUndefined();
    expect((await download(member, file.id)).status).toBe(200);
    // someone from another workspace never can, nor with a malformed id
    expect((await download(stranger, file.id)).status).toBe(404);
    expect((await download(owner, 'not-a-uuid')).status).toBe(400);
  });

  it('refuses a filepicker value that is not a file of this workspace', async () => {
    const { body: foreign } = await upload(stranger, Buffer.from('theirs'), 'theirs.txt');
    for (const contract of [foreign.id, '00000000-0000-4000-8000-000000000000', 'file.pdf']) {
      const result = await submit(baton.url, owner, 'contracts', { customer: 'Globex', contract });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['contract']);
    }
  });
});

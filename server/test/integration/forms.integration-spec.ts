import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, deployForm, renewalForm, submitted } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const CORPUS = process.env.BATON_CORPUS_DIR ?? join(import.meta.dirname, '../../../../shared/corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'form-js/manifest.json'), 'utf8')) as { forms: { file: string }[] };
const corpusForm = (file: string) => JSON.parse(readFileSync(join(CORPUS, 'form-js', file), 'utf8')) as Record<string, unknown>;

let baton: RunningBaton;
let url: string;
let builder: Session;
let member: Session;

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  const owner = await signUp(url, { workspaceName: 'Forms Co' });
  builder = await addMember(url, owner, 'BUILDER');
  member = await addMember(url, owner, 'MEMBER');
});
afterAll(() => baton?.stop());

describe('deploying the form-js corpus', () => {
  it('deploys every Camunda form that has an id unchanged, and every other once it is given one', async () => {
    // given the 21 form-js schemas of the shared corpus
    const outcomes: { file: string; asIs: boolean; refusedFor: string[]; withId: boolean; errors: unknown }[] = [];
    for (const { file } of manifest.forms) {
      // when each is deployed as it is
      const schema = corpusForm(file);
      const asIs = await deployForm(url, builder, schema);
      // then it deploys, or is refused only for its missing id; with an id it deploys
      const withId: typeof asIs = asIs.errors ? await deployForm(url, builder, { ...schema, id: `corpus_${outcomes.length}` }) : asIs;
      outcomes.push({ file, asIs: !asIs.errors, refusedFor: fieldsOf(asIs), withId: !withId.errors, errors: withId.errors });
    }
    const asIs = outcomes.filter((o) => o.asIs).length;
    console.info(`form-js corpus: ${asIs}/${outcomes.length} deploy unchanged, ${outcomes.filter((o) => o.withId).length}/${outcomes.length} with an id`);
    expect(outcomes.filter((o) => !o.asIs).every((o) => o.refusedFor.join() === 'schema/id')).toBe(true);
    expect(outcomes.filter((o) => !o.withId)).toEqual([]);
    expect(asIs).toBeGreaterThanOrEqual(12);
  });
});

describe('versions', () => {
  it('keeps the version for an identical schema and reports what a new version does to stored records', async () => {
    // given version 1 of a form with two records holding a contract number
    const v1 = await deployed(url, builder, renewalForm('versioned'));
    expect([v1.version, v1.report?.previousVersion, v1.report?.addedFields.length]).toEqual([1, null, 12]);
    await submitted(url, member, 'versioned', { customer: 'Acme', amount: 10, contractNo: 'HT-0001', region: 'east' });
    await submitted(url, member, 'versioned', { customer: 'Globex', amount: 20, contractNo: 'HT-0002' });
    // when the same schema is deployed again, with keys in another order
    const again = await deployed(url, builder, JSON.parse(JSON.stringify({ components: renewalForm('versioned').components, type: 'default', id: 'versioned' })));
    // then it is the same version
    expect([again.id, again.version, again.report]).toEqual([v1.id, 1, null]);
    // when the contract field is renamed (same component id) and the region removed
    const next = renewalForm('versioned');
    next.components = next.components.filter((c) => c.key !== 'region').map((c) => (c.key === 'contractNo' ? { ...c, key: 'contractNumber' } : c));
    const v2 = await deployed(url, builder, next);
    // then version 2 reports the rename and the removal with the records they touch
    expect(v2.version).toBe(2);
    expect(v2.report).toEqual({
      previousVersion: 1, addedFields: [],
      removedFields: [{ key: 'region', recordCount: 1 }],
      renamedFields: [{ from: 'contractNo', to: 'contractNumber', recordCount: 2 }],
    });
  });

  it('previews a change without deploying it, and reads any version', async () => {
    const v1 = await deployed(url, builder, renewalForm('previewed'));
    const changed = { ...renewalForm('previewed'), components: renewalForm().components.slice(0, 2) };
    const preview = await gql<{ formDeployPreview: { removedFields: { key: string }[] } }>(url, `query($s: JSON!) { formDeployPreview(schema: $s) { removedFields { key } } }`, { s: changed }, { token: builder.token });
    expect(preview.data?.formDeployPreview.removedFields.map((f) => f.key)).toContain('amount');
    const latest = await gql<{ form: { version: number; id: string } }>(url, `{ form(formKey: "previewed") { id version } }`, {}, { token: member.token });
    expect(latest.data?.form).toEqual({ id: v1.id, version: 1 });
    await deployed(url, builder, changed);
    const list = await gql<{ forms: { formKey: string; version: number }[] }>(url, `{ forms { formKey version } }`, {}, { token: member.token });
    expect(list.data?.forms.find((f) => f.formKey === 'previewed')?.version).toBe(2);
    const old = await gql<{ form: { schema: { components: unknown[] } } }>(url, `{ form(formKey: "previewed", version: 1) { schema } }`, {}, { token: member.token });
    expect(old.data?.form.schema.components).toHaveLength(10);
  });
});

describe('deployForm refuses bad input', () => {
  const base = renewalForm('bad_input');
  it.each([
    { title: 'a schema that is not an object', schema: ['x'], fields: ['schema'] },
    { title: 'a schema without components', schema: { id: 'no_components' }, fields: ['schema/components'] },
    { title: 'a missing id', schema: { ...base, id: undefined }, fields: ['schema/id'] },
    { title: 'an id that is not a key', schema: { ...base, id: '1 bad id' }, fields: ['schema/id'] },
    { title: 'an unknown component type', schema: { ...base, components: [{ type: 'hologram', key: 'x' }] }, fields: ['schema/components/0/type'] },
    { title: 'an input without key', schema: { ...base, components: [{ type: 'textfield', label: 'No key' }] }, fields: ['schema/components/0'] },
    { title: 'two fields with one key', schema: { ...base, components: [{ type: 'textfield', key: 'a' }, { type: 'number', key: 'a' }] }, fields: ['schema/components/1/key'] },
    { title: 'a serial number without pattern', schema: { ...base, components: [{ type: 'serialnumber', key: 'no' }] }, fields: ['schema/components/0/pattern'] },
    { title: 'a serial pattern with two counters', schema: { ...base, components: [{ type: 'serialnumber', key: 'no', pattern: '{000}-{000}' }] }, fields: ['schema/components/0/pattern'] },
    { title: 'a serial pattern with an unknown token', schema: { ...base, components: [{ type: 'serialnumber', key: 'no', pattern: 'RN-{hh}{000}' }] }, fields: ['schema/components/0/pattern'] },
    { title: 'a serial number inside a dynamic list', schema: { ...base, components: [{ type: 'dynamiclist', path: 'rows', components: [{ type: 'serialnumber', key: 'no', pattern: '{000}' }] }] }, fields: ['schema/components/0/components/0'] },
    { title: 'an empty name', schema: base, name: ' ', fields: ['name'] },
  ])('refuses $title with BAD_USER_INPUT naming the problem', async ({ schema, name, fields }) => {
    // given a bad schema / when it is deployed
    const result = await deployForm(url, builder, schema, name);
    // then it is refused, naming each problem, and nothing is stored
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
    const forms = await baton.dataSource.query(`SELECT count(*)::int AS n FROM forms WHERE form_key = 'bad_input'`);
    expect(forms[0].n).toBe(0);
  });

  it('answers in the request language', async () => {
    const result = await gql(url, `mutation($s: JSON!) { deployForm(input: { schema: $s }) { id } }`, { s: { components: [] } }, { token: builder.token, lang: 'zh-CN' });
    expect(result.errors?.[0].message).toContain('表单');
    expect(result.errors?.[0].extensions?.fields?.[0].message).toContain('表单键');
  });

  it('lets only builders and admins deploy', async () => {
    expect(codeOf(await deployForm(url, member, renewalForm('members_cannot')))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown form or version', async () => {
    expect(codeOf(await gql(url, `{ form(formKey: "nope") { id } }`, {}, { token: member.token }))).toBe('NOT_FOUND');
    await deployed(url, builder, renewalForm('one_version'));
    expect(codeOf(await gql(url, `{ form(formKey: "one_version", version: 2) { id } }`, {}, { token: member.token }))).toBe('NOT_FOUND');
  });
});

import { validateFormSchema, type FormComponent, type FormSchema } from '@baton/sdk';
import { FieldProblem } from '../../../common/errors/baton.exception.js';
import { permissionProblems } from './field-permissions.util.js';
import { listFormFields } from './form-fields.util.js';
import { lowcodeFieldProblems } from './lowcode-field-check.util.js';
import { parseSerialPattern } from './serial-pattern.util.js';

/** Form keys name forms in BPMN (`zeebe:formDefinition formId`) and in URLs: Camunda ids like `Form_1a82jj2` fit. */
export const FORM_KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;
export const MAX_SCHEMA_CHARS = 1_000_000;

export type CheckedSchema = { schema: FormSchema; formKey: string } | { problems: FieldProblem[] };

const problem = (path: string, en: string, zh: string): FieldProblem => ({ key: `schema${path}`, message: { en, 'zh-CN': zh } });

/**
 * What deployForm accepts: what the form-js viewer imports (sdk `import` mode, so Camunda forms deploy
 * unchanged), plus what Baton itself needs: an `id` to be the form key, one data path per field, and
 * well-formed serial-number patterns outside dynamic lists. Problems name JSON pointers below `schema`.
 */
export function checkFormSchema(input: unknown): CheckedSchema {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { problems: [problem('', 'The schema must be a JSON object (form-js JSON).', '表单定义必须是 JSON 对象（form-js JSON）。')] };
  }
  if (JSON.stringify(input).length > MAX_SCHEMA_CHARS) {
    return { problems: [problem('', 'The schema is larger than 1,000,000 characters.', '表单定义超过 1,000,000 个字符。')] };
  }
  const problems: FieldProblem[] = [];
  const check = validateFormSchema(input, { mode: 'import' });
  if (!check.valid) {
    for (const issue of check.errors) problems.push(problem(issue.path, issue.message, `表单定义有误：${issue.message}`));
  }
  const id = (input as { id?: unknown }).id;
  if (typeof id !== 'string' || !FORM_KEY.test(id)) {
    problems.push(problem('/id', 'The form needs an "id" of 1–100 letters, digits, "_", "-" or ".", starting with a letter or "_" (e.g. renewal_request); it is the form key.',
      '表单需要一个 "id"：1–100 个字母、数字、“_”、“-”或“.”，以字母或“_”开头（如 renewal_request），它就是表单键。'));
  }
  if (!check.valid || problems.length > 0) return { problems };

  const schema = check.schema;
  const seen = new Set<string>();
  for (const field of listFormFields(schema)) {
    // Two fields writing one path would overwrite each other in every record.
    if (seen.has(field.key)) {
      problems.push(problem(`${field.pointer}/${field.type === 'dynamiclist' ? 'path' : 'key'}`, `Two fields write "${field.key}"; give each field its own key.`, `有两个字段写入“${field.key}”，请为每个字段使用不同的键。`));
    }
    seen.add(field.key);
  }
  walk(schema.components, '/components', false, (component, path, inList) => {
    problems.push(...lowcodeFieldProblems(component, `schema${path}`));
    if (component.type !== 'serialnumber') return;
    const parsed = parseSerialPattern(component.pattern, component.timeZone ?? 'UTC');
    if ('problem' in parsed) {
      problems.push(problem(`${path}/pattern`, `Serial number: ${parsed.problem}.`, `流水号格式无效：${parsed.problem}。`));
    }
    if (inList) {
      problems.push(problem(path, 'A serial number cannot sit inside a dynamic list; numbers belong to records.', '流水号不能放在动态列表中，编号属于整条记录。'));
    }
  });
  problems.push(...permissionProblems(schema));
  return problems.length > 0 ? { problems } : { schema, formKey: id as string };
}

function walk(components: FormComponent[], path: string, inList: boolean, visit: (c: FormComponent, path: string, inList: boolean) => void): void {
  components.forEach((component, index) => {
    const here = `${path}/${index}`;
    visit(component, here, inList);
    if (Array.isArray(component.components)) walk(component.components, `${here}/components`, inList || component.type === 'dynamiclist', visit);
  });
}

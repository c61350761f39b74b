import { Injectable } from '@nestjs/common';
import type { FormComponent, FormSchema } from '@baton/sdk';
import { Db } from '../../database/db.service.js';
import { parseSerialPattern, periodOf, serialFormatter } from '../form/utils/serial-pattern.util.js';

/** A serial-number field of a form: where its value goes and how it is written. */
interface SerialField {
  path: string[];
  component: FormComponent;
}

/** Hands out serial numbers (流水号) inside the caller's transaction; see SerialCounterEntity for why they have no gaps. */
@Injectable()
export class SerialNumberService {
  constructor(private readonly db: Db) {}

  /** Writes the next number into every serial-number field the cleaned data still holds (hidden ones get none). */
  async assign(workspaceId: string, formKey: string, schema: FormSchema, data: Record<string, unknown>, at: Date): Promise<void> {
    await this.assignMany(workspaceId, formKey, schema, [data], at);
  }

  /**
   * Numbers for many records submitted at once (an import's chunk), in the order of `rows`: one counter update per
   * field takes a block of numbers, so the numbers stay gap-free and in file order.
   */
  async assignMany(workspaceId: string, formKey: string, schema: FormSchema, rows: Record<string, unknown>[], at: Date): Promise<void> {
    for (const { path, component } of serialFields(schema.components, [])) {
      const parents = rows.map((data) => parentOf(data, path)).filter((parent): parent is Record<string, unknown> => parent !== null && path[path.length - 1] in parent);
      if (parents.length === 0) continue;
      const pattern = parseSerialPattern(component.pattern, component.timeZone ?? 'UTC');
      if ('problem' in pattern) throw new Error(`Deployed form ${formKey} has a bad serial pattern: ${pattern.problem}`);
      const [{ value }] = await this.db.em.query(
        `INSERT INTO serial_counters (workspace_id, form_key, field_key, period, value) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workspace_id, form_key, field_key, period) DO UPDATE SET value = serial_counters.value + $5
         RETURNING value`,
        [workspaceId, formKey, path.join('.'), periodOf(pattern, at), parents.length],
      );
      const first = Number(value) - parents.length + 1;
      const format = serialFormatter(pattern, at);
      parents.forEach((parent, index) => (parent[path[path.length - 1]] = format(first + index)));
    }
  }
}

/** Serial fields outside dynamic lists (deploy refuses them inside), with group paths applied. */
export function serialFields(components: FormComponent[], prefix: string[]): SerialField[] {
  const found: SerialField[] = [];
  for (const component of components) {
    if (component.type === 'serialnumber' && typeof component.key === 'string') found.push({ path: [...prefix, ...component.key.split('.')], component });
    if (component.type === 'group' && Array.isArray(component.components)) {
      found.push(...serialFields(component.components, [...prefix, ...(component.path ? component.path.split('.') : [])]));
    }
  }
  return found;
}

function parentOf(data: Record<string, unknown>, path: string[]): Record<string, unknown> | null {
  let current: unknown = data;
  for (const name of path.slice(0, -1)) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null;
    current = (current as Record<string, unknown>)[name];
  }
  return current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : null;
}

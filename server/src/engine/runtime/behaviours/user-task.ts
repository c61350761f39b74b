import type { UserTaskNode } from '../../parse/process-model.js';
import { staticOrFeel, toJson } from '../feel.js';
import { IncidentError, nodeLabel, type Variables } from '../runtime-types.js';
import type { Behaviour } from './behaviour.js';
import { instantOf } from '../instant.js';
import { openSla } from '../sla-open.js';

const DEFAULT_PRIORITY = 50;

/** zeebe:assignmentDefinition, formDefinition, taskSchedule and priority, static or FEEL, resolved on entry. */
export const userTask: Behaviour<UserTaskNode> = {
  async activate(x, token, node) {
    const context = x.vars.visible(token.id);
    const where = (field: string) => `${field} of ${nodeLabel(node)}`;
    const assignee = staticOrFeel(node.assignment?.assignee, context, where('Assignee'));
    const priority = staticOrFeel(node.priority, context, where('Priority'));
    const priorityValue = priority === undefined || priority === null ? DEFAULT_PRIORITY : Number(priority);
    if (!Number.isInteger(priorityValue) || priorityValue < 0 || priorityValue > 100) {
      throw new IncidentError('EXPRESSION_ERROR', `${where('Priority')} must be a whole number from 0 to 100, got ${JSON.stringify(priority)}.`);
    }
    await x.store.insertUserTask({
      elementInstanceId: token.id,
      elementId: node.id,
      name: node.name ?? null,
      assignee: typeof assignee === 'string' && assignee.trim() !== '' ? assignee.trim() : null,
      candidateGroups: list(node.assignment?.candidateGroups, context, where('Candidate groups')),
      candidateUsers: list(node.assignment?.candidateUsers, context, where('Candidate users')),
      formKey: node.form?.formKey ?? null,
      formId: node.form?.formId ?? null,
      dueDate: date(node.schedule?.dueDate, context, where('Due date')),
      followUpDate: date(node.schedule?.followUpDate, context, where('Follow-up date')),
      priority: priorityValue,
    });
    await openSla(x, token, node); // SLA hook (baton:sla; runtime/sla-open.ts): deadlines and threshold timers
    x.tasksCreated++;
    return 'wait';
  },
};

/** "a, b" as static text, or a FEEL list or string. */
function list(value: string | undefined, context: Variables, where: string): string[] {
  const result = staticOrFeel(value, context, where);
  if (result === undefined || result === null) return [];
  const items = Array.isArray(result) ? result : String(result).split(',');
  return [...new Set(items.map((item) => String(item).trim()).filter((item) => item !== ''))];
}

function date(value: string | undefined, context: Variables, where: string): string | null {
  const result = toJson(staticOrFeel(value, context, where));
  if (result === undefined || result === null || result === '') return null;
  const parsed = instantOf(result);
  if (Number.isNaN(parsed)) throw new IncidentError('EXPRESSION_ERROR', `${where} is not a date and time: ${JSON.stringify(result)}.`);
  return new Date(parsed).toISOString();
}

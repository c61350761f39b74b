import { describeElement, type LocalizedText } from '../deploy-problem.js';
import type { Execution } from './execution.js';
import { MI_BODY, multiInstanceOf } from './multi-instance.js';
import type { Token, Variables } from './runtime-types.js';

/**
 * Operating a running instance (Zeebe's process instance modification and SetVariables): activate elements,
 * terminate element instances, set variables in a scope. Instructions are checked first, all of them, and refused
 * with a problem per element before anything moves.
 */

export interface ActivateInstruction {
  readonly elementId: string;
  /** the open instance of the element's sub-process to activate it in, when there are several (or to be explicit) */
  readonly ancestorElementInstanceId?: string | null;
  /** set in the element's flow scope before it runs */
  readonly variables?: Variables;
}

export interface ModificationProblem {
  /** the element or element instance the problem is about */
  readonly key: string;
  readonly message: LocalizedText;
}

/** Checks and runs a modification: activations first, then terminations, then the tokens move. */
export async function modifyInstance(x: Execution, activate: readonly ActivateInstruction[], terminate: readonly string[]): Promise<ModificationProblem[]> {
  const problems: ModificationProblem[] = [];
  const scopes = activate.map((instruction) => activationScope(x, instruction, problems));
  for (const id of terminate) {
    const token = x.token(id);
    if (!token || id === x.store.instanceId) {
      problems.push({
        key: id,
        message: {
          en: `Element instance ${id} is not an open element instance of this process instance (the process scope itself cannot be terminated here; cancel the instance).`,
          'zh-CN': `元素实例 ${id} 不是该流程实例中仍在运行的元素实例（流程作用域本身不能在此终止；请取消实例）。`,
        },
      });
    }
  }
  if (problems.length > 0) return problems;
  await x.modify(
    activate.map((instruction, i) => ({ elementId: instruction.elementId, scopeId: scopes[i] as string, variables: instruction.variables ?? {} })),
    terminate,
  );
  return [];
}

/** Sets variables in a scope: as its locals, or (Zeebe's default) propagated outwards from it. */
export async function setInstanceVariables(x: Execution, scopeId: string, variables: Variables, local: boolean): Promise<boolean> {
  const scope = x.token(scopeId);
  if (!scope || scope.state !== 'ACTIVE') return false;
  await x.setVariables(scopeId, variables, local);
  return true;
}

/** The element instance an activated element runs in: the process, or the one open instance of its sub-process. */
function activationScope(x: Execution, instruction: ActivateInstruction, problems: ModificationProblem[]): string | null {
  const node = x.model.nodes[instruction.elementId];
  const refuse = (en: string, zh: string) => {
    problems.push({ key: instruction.elementId, message: { en, 'zh-CN': zh } });
    return null;
  };
  if (!node) return refuse(`There is no element ${instruction.elementId} in this process.`, `该流程中没有元素 ${instruction.elementId}。`);
  const e = describeElement(node);
  if (node.kind === 'boundaryEvent' || (node.kind === 'startEvent' && node.scopeId !== x.model.id && x.model.nodes[node.scopeId]?.kind === 'subProcess' && (x.model.nodes[node.scopeId] as { triggeredByEvent?: boolean }).triggeredByEvent)) {
    return refuse(`${e.en} is started by its event and cannot be activated directly.`, `${e['zh-CN']} 由其事件触发，不能直接激活。`);
  }
  if (node.scopeId === x.model.id) return x.store.instanceId;
  const scopeNode = x.model.nodes[node.scopeId];
  if (multiInstanceOf(scopeNode)) {
    return refuse(`${e.en} is inside the multi-instance ${describeElement(scopeNode).en}; activate the multi-instance activity instead.`, `${e['zh-CN']} 位于多实例 ${describeElement(scopeNode)['zh-CN']} 内；请激活该多实例活动本身。`);
  }
  const candidates = x.openTokens.filter((t: Token) => t.elementId === node.scopeId && t.kind !== MI_BODY && t.state === 'ACTIVE');
  if (instruction.ancestorElementInstanceId) {
    if (candidates.some((t) => t.id === instruction.ancestorElementInstanceId)) return instruction.ancestorElementInstanceId;
    return refuse(
      `Element instance ${instruction.ancestorElementInstanceId} is not an open instance of ${describeElement(scopeNode).en}, which contains ${e.en}.`,
      `元素实例 ${instruction.ancestorElementInstanceId} 不是包含 ${e['zh-CN']} 的 ${describeElement(scopeNode)['zh-CN']} 的运行中实例。`,
    );
  }
  if (candidates.length === 1) return candidates[0].id;
  return candidates.length === 0
    ? refuse(`${e.en} is inside ${describeElement(scopeNode).en}, which is not active; activate that sub-process instead.`, `${e['zh-CN']} 位于 ${describeElement(scopeNode)['zh-CN']} 内，而它并未运行；请改为激活该子流程。`)
    : refuse(`${describeElement(scopeNode).en} has ${candidates.length} open instances; name one with ancestorElementInstanceId to activate ${e.en} in.`, `${describeElement(scopeNode)['zh-CN']} 有 ${candidates.length} 个运行中实例；请用 ancestorElementInstanceId 指定在哪个实例中激活 ${e['zh-CN']}。`);
}

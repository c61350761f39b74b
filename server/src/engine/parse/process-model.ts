/** The typed, immutable view of one executable BPMN process that the engine runs. */

import type { LocalizedText } from '../deploy-problem.js';
import type { ApprovalSettings } from './read-approval-actions.js';
import type { SlaPolicy } from '../sla/sla-policy.js';

export type EventDefinition =
  | { readonly kind: 'message'; readonly messageId?: string; readonly messageName?: string; readonly correlationKey?: string }
  | { readonly kind: 'timer'; readonly timeDate?: string; readonly timeDuration?: string; readonly timeCycle?: string }
  | { readonly kind: 'error'; readonly errorId?: string; readonly errorCode?: string; readonly errorName?: string }
  | { readonly kind: 'signal'; readonly signalId?: string; readonly signalName?: string }
  | { readonly kind: 'escalation'; readonly escalationId?: string; readonly escalationCode?: string }
  | { readonly kind: 'link'; readonly linkName?: string }
  /** a throw names one activity (`activityRef`) or none (every completed one of its scope); waitForCompletion default true */
  | { readonly kind: 'compensation'; readonly activityId?: string; readonly waitForCompletion?: boolean }
  | { readonly kind: 'conditional'; readonly condition?: string }
  | { readonly kind: 'terminate' }
  | { readonly kind: 'cancel' };

export type EventDefinitionKind = EventDefinition['kind'];

export interface Mapping {
  readonly source: string;
  readonly target: string;
}

export interface IoMapping {
  readonly inputs: readonly Mapping[];
  readonly outputs: readonly Mapping[];
}

export interface TaskDefinition {
  readonly type?: string;
  readonly retries?: string;
}

export type LoopCharacteristics =
  | {
      readonly kind: 'multiInstance';
      readonly isSequential: boolean;
      readonly inputCollection?: string;
      readonly inputElement?: string;
      readonly outputCollection?: string;
      readonly outputElement?: string;
      readonly completionCondition?: string;
      readonly loopCardinality?: string;
    }
  | { readonly kind: 'standardLoop' };

interface NodeBase {
  readonly id: string;
  readonly name?: string;
  /** id of the process or sub-process whose direct child this node is */
  readonly scopeId: string;
  readonly incoming: readonly string[];
  readonly outgoing: readonly string[];
  /** the outgoing flow taken when no condition holds (gateways and activities) */
  readonly defaultFlowId?: string;
  readonly ioMapping?: IoMapping;
}

interface ActivityBase extends NodeBase {
  readonly boundaryEventIds: readonly string[];
  readonly loop?: LoopCharacteristics;
  /** `baton:countersign` / `baton:rejectVariable` (already or-ed into the loop's completion condition) */
  readonly countersign?: Countersign;
  /** an unreadable countersign property, as `name=value`, for the deploy lint to name */
  readonly countersignInvalid?: string;
  /** a compensation handler (`isForCompensation`): entered only by compensation, never by a sequence flow */
  readonly isForCompensation?: boolean;
}

/** 会签 (all), 或签 (any) or a percentage of the instances; with a reject variable one reject ends the vote. */
export interface Countersign {
  readonly mode: 'all' | 'any' | 'percent';
  readonly percent?: number;
  readonly rejectVariable?: string;
}

interface EventBase extends NodeBase {
  readonly eventDefinitions: readonly EventDefinition[];
}

export interface StartEventNode extends EventBase {
  readonly kind: 'startEvent';
  readonly isInterrupting: boolean;
  readonly formKey?: string;
  readonly formId?: string;
}
export interface EndEventNode extends EventBase {
  readonly kind: 'endEvent';
  readonly taskDefinition?: TaskDefinition;
}
export interface IntermediateCatchEventNode extends EventBase {
  readonly kind: 'intermediateCatchEvent';
}
export interface IntermediateThrowEventNode extends EventBase {
  readonly kind: 'intermediateThrowEvent';
  readonly taskDefinition?: TaskDefinition;
}
export interface BoundaryEventNode extends EventBase {
  readonly kind: 'boundaryEvent';
  readonly attachedToId: string;
  readonly cancelActivity: boolean;
  /** a compensation boundary event: the handler activity its association points to */
  readonly compensationHandlerId?: string;
}

export interface UserTaskNode extends ActivityBase {
  readonly kind: 'userTask';
  /** true when marked `zeebe:userTask` (a Camunda user task rather than a job-based one) */
  readonly zeebeUserTask: boolean;
  readonly assignment?: { readonly assignee?: string; readonly candidateGroups?: string; readonly candidateUsers?: string };
  readonly form?: { readonly formKey?: string; readonly formId?: string };
  readonly schedule?: { readonly dueDate?: string; readonly followUpDate?: string };
  readonly priority?: string;
  readonly headers: Readonly<Record<string, string>>;
  /**
   * Field permissions at this step (`zeebe:property name="baton:fieldPermissions"`, JSON: field key → hidden, view,
   * edit or required); fields not named keep the form's own rules. A value that is not such a map is kept as text
   * in `fieldPermissionsInvalid` for the deploy lint to name.
   */
  readonly fieldPermissions?: Readonly<Record<string, StepFieldAccess>>;
  readonly fieldPermissionsInvalid?: string;
  /** SLA policy (`zeebe:property name="baton:sla"`, see engine/sla/sla-policy.ts); when refused, why, for the deploy lint */
  readonly sla?: SlaPolicy;
  readonly slaInvalid?: LocalizedText;
  /** approval actions offered (`baton:approvalActions`, `baton:approvalVariable`); when refused, why, for the deploy lint */
  readonly approval?: ApprovalSettings;
  readonly approvalInvalid?: LocalizedText;
}

export type StepFieldAccess = 'hidden' | 'view' | 'edit' | 'required';
/** Activities whose work is done by a job worker (`zeebe:taskDefinition`). */
export interface JobTaskNode extends ActivityBase {
  readonly kind: 'serviceTask' | 'sendTask' | 'businessRuleTask';
  readonly taskDefinition?: TaskDefinition;
  readonly headers: Readonly<Record<string, string>>;
  readonly calledDecisionId?: string;
}
export interface ScriptTaskNode extends ActivityBase {
  readonly kind: 'scriptTask';
  /** `zeebe:script`: a FEEL expression (leading `=` stripped) written into `resultVariable` */
  readonly script?: { readonly expression: string; readonly resultVariable?: string };
  /** a script task may instead be a job (`zeebe:taskDefinition`) */
  readonly taskDefinition?: TaskDefinition;
  readonly headers: Readonly<Record<string, string>>;
  /** a non-FEEL inline script body (e.g. JavaScript), which Baton never runs */
  readonly inlineScriptFormat?: string;
}
export interface PlainTaskNode extends ActivityBase {
  readonly kind: 'task' | 'manualTask' | 'receiveTask';
  readonly messageId?: string;
  /** a receive task's message: name (static or `=FEEL`) and `zeebe:subscription` correlation key */
  readonly message?: MessageRef;
}

export interface MessageRef {
  readonly messageId?: string;
  readonly messageName?: string;
  readonly correlationKey?: string;
}
export interface CallActivityNode extends ActivityBase {
  readonly kind: 'callActivity';
  readonly calledElement?: { readonly processId?: string; readonly propagateAllChildVariables: boolean; readonly propagateAllParentVariables: boolean };
}
export interface SubProcessNode extends ActivityBase {
  readonly kind: 'subProcess' | 'transaction' | 'adHocSubProcess';
  /** true for an event sub-process */
  readonly triggeredByEvent: boolean;
}
export interface GatewayNode extends NodeBase {
  readonly kind: 'exclusiveGateway' | 'inclusiveGateway' | 'parallelGateway' | 'eventBasedGateway' | 'complexGateway';
}

export type FlowNode =
  | StartEventNode
  | EndEventNode
  | IntermediateCatchEventNode
  | IntermediateThrowEventNode
  | BoundaryEventNode
  | UserTaskNode
  | JobTaskNode
  | ScriptTaskNode
  | PlainTaskNode
  | CallActivityNode
  | SubProcessNode
  | GatewayNode;

export type FlowNodeKind = FlowNode['kind'];

export interface SequenceFlow {
  readonly id: string;
  readonly name?: string;
  readonly scopeId: string;
  readonly sourceId: string;
  readonly targetId: string;
  /** FEEL condition with the leading `=` stripped */
  readonly condition?: string;
  /** a condition body that is not FEEL (no leading `=`, e.g. JUEL `${x}`): refused at lint */
  readonly nonFeelCondition?: string;
  readonly isDefault: boolean;
}

/** A process or (event) sub-process: the nodes and flows directly inside it. */
export interface Scope {
  readonly id: string;
  readonly parentId?: string;
  readonly nodeIds: readonly string[];
  readonly flowIds: readonly string[];
  readonly startEventIds: readonly string[];
}

export interface ProcessModel {
  readonly id: string;
  readonly name?: string;
  readonly versionTag?: string;
  readonly nodes: Readonly<Record<string, FlowNode>>;
  readonly flows: Readonly<Record<string, SequenceFlow>>;
  /** keyed by scope id; the process itself is the scope whose id is the process id */
  readonly scopes: Readonly<Record<string, Scope>>;
}

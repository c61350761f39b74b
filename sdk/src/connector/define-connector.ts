import { z } from 'zod';

export interface LocalizedName {
  'zh-CN': string;
  en: string;
}

export interface ConnectorLogger {
  info(message: string, data?: object): void;
  warn(message: string, data?: object): void;
  error(message: string, data?: object): void;
}

/** What a connector's `execute` is given besides its input. */
export interface ConnectorContext {
  /** The engine job's id: the idempotency key for side effects (a job may run more than once). */
  readonly jobId: string;
  readonly workspaceId: string;
  readonly processInstanceId: string;
  readonly elementId: string;
  /** 1 for the first run of the job, 2 for its first retry, … */
  readonly attempt: number;
  /** Logs with secret values masked. */
  readonly logger: ConnectorLogger;
  /** fetch guarded against SSRF (loopback, private, link-local, metadata addresses) on every redirect. */
  readonly fetch: typeof fetch;
  /**
   * For raw connections (SMTP, databases, …) that `fetch` does not cover: the address to connect to for `host`, after
   * the same SSRF rule and allow-list as `fetch`. Connect to the returned address (so a second DNS answer cannot
   * move the connection) and verify TLS against `host`. Rejects with an `SsrfError` for a refused host.
   */
  resolveHost(host: string, port: number): Promise<string>;
  /** Aborted when the job's time budget runs out. */
  readonly signal: AbortSignal;
}

type Shape = z.ZodRawShape;

export interface ConnectorDefinition<I extends Shape = Shape, O extends z.ZodType = z.ZodType> {
  /** The job type service tasks use (`zeebe:taskDefinition type`), e.g. `baton:http:request`. */
  readonly type: string;
  /** Semantic version of this connector; processes stay on the version they were deployed with. */
  readonly version: string;
  readonly name: LocalizedName;
  readonly description?: LocalizedName;
  readonly inputs: z.ZodObject<I>;
  readonly outputs: O;
  /** Input fields that carry secrets: filled from `{{secrets.NAME}}` in the deployed model only, masked in logs. */
  readonly secrets: readonly (keyof I & string)[];
  /**
   * Input fields that take workspace files (`connectorFile` items): the host replaces file ids in them (what a
   * filepicker field holds: one id or a list, or `{ fileId }` items) with the file's name, type and bytes before
   * `execute` runs, reading only files of the job's workspace.
   */
  readonly files: readonly (keyof I & string)[];
  execute(ctx: ConnectorContext, input: z.output<z.ZodObject<I>>): Promise<z.input<O>>;
}

/**
 * Any connector, whatever its schemas: what hosts, plugins and templates handle. (`execute` takes its own input type,
 * so definitions with different inputs are not assignable to one another without erasing it.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erased on purpose, see above
export type AnyConnectorDefinition = ConnectorDefinition<any, any>;

/** What a trigger makes of one inbound event: the BPMN message the server publishes in the workspace. */
export interface TriggerEvent {
  /** The message name; default the trigger's type. Message start events of that name start a process. */
  messageName?: string;
  /** Moves the waiting catch events (receive tasks, boundary events) subscribed with this key. */
  correlationKey?: string | number | null;
  /** Set on the instance the message starts or moves on. */
  variables?: Record<string, unknown>;
  /** The sender's delivery id: a repeat while the first is still buffered publishes nothing. */
  messageId?: string | null;
}

/** What a trigger's `map` is given besides the payload. */
export interface TriggerContext {
  readonly workspaceId: string;
  /** Logs with secret values masked. */
  readonly logger: ConnectorLogger;
}

export interface TriggerDefinition<P extends z.ZodType = z.ZodType> {
  /** Inbound events that start or correlate processes, e.g. `baton:email:received`. */
  readonly type: string;
  readonly version: string;
  readonly name: LocalizedName;
  readonly description?: LocalizedName;
  /** The body the sender posts to `POST /hooks/<workspace>/triggers/<type>`, checked before `map` runs. */
  readonly payload: P;
  /**
   * Turns the checked payload into the message to publish (runs in the plugin sandbox, like `execute`). Without it,
   * an object payload becomes the variables of a message named after the trigger's type.
   */
  map?(ctx: TriggerContext, payload: z.output<P>): TriggerEvent | Promise<TriggerEvent>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erased on purpose, as AnyConnectorDefinition
export type AnyTriggerDefinition = TriggerDefinition<any>;

export interface PluginDefinition {
  readonly connectors: readonly AnyConnectorDefinition[];
  readonly triggers: readonly AnyTriggerDefinition[];
}

/** Declares a connector. Input and output types are inferred from the zod schemas, so `execute` needs no casts. */
export function defineConnector<I extends Shape, O extends z.ZodType>(definition: {
  type: string;
  version: string;
  name: LocalizedName;
  description?: LocalizedName;
  inputs: z.ZodObject<I>;
  outputs: O;
  secrets?: (keyof I & string)[];
  files?: (keyof I & string)[];
  execute(ctx: ConnectorContext, input: z.output<z.ZodObject<I>>): Promise<z.input<O>>;
}): ConnectorDefinition<I, O> {
  return Object.freeze({ ...definition, secrets: Object.freeze([...(definition.secrets ?? [])]), files: Object.freeze([...(definition.files ?? [])]) });
}

export function defineTrigger<P extends z.ZodType>(definition: TriggerDefinition<P>): TriggerDefinition<P> {
  return Object.freeze({ ...definition });
}

/** The default export of a plugin's main module. */
export function definePlugin(plugin: { connectors?: AnyConnectorDefinition[]; triggers?: AnyTriggerDefinition[] }): PluginDefinition {
  return Object.freeze({ connectors: Object.freeze([...(plugin.connectors ?? [])]), triggers: Object.freeze([...(plugin.triggers ?? [])]) });
}

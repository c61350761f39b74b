import { ConnectorContractError, problem } from '../connector/connector-errors.js';
import { resolveConnectorFiles } from '../connector/connector-files.js';
import type { AnyConnectorDefinition, AnyTriggerDefinition, ConnectorContext } from '../connector/define-connector.js';
import { maskingLogger, runConnector } from '../connector/run-connector.js';
import { runTrigger, TriggerMessage } from '../connector/run-trigger.js';
import { resolvePublicHost } from '../net/public-host.js';
import { HttpStub, RecordedRequest, stubFetch } from './stub-http.js';

export interface TestLog {
  level: 'info' | 'warn' | 'error';
  /** As the server would log it: secret values masked. */
  line: string;
}

export interface ConnectorTestOptions {
  /** The task's input variables (what its zeebe:input mappings give the connector). */
  inputs?: Record<string, unknown>;
  /**
   * Values of the connector's secret fields, by field name: what the plugin host fills from `{{secrets.NAME}}` task
   * headers. A secret field may not come through `inputs`, as in a deployed model.
   */
  secrets?: Record<string, string>;
  /** Stubbed HTTP: what `ctx.fetch` answers. Any request without a stub fails the run. */
  http?: readonly HttpStub[];
  /**
   * The workspace's files by id, for the connector's file fields: an id there (as a filepicker value) becomes the
   * file's name, type and bytes, as on the server; an id not here fails the run like a file of another workspace.
   */
  files?: Record<string, { name: string; contentType?: string; content: Buffer | string }>;
  /** The outbound allow-list `ctx.resolveHost` honours (e.g. `127.0.0.1:2525` for an SMTP server in the test). */
  allowHosts?: readonly string[];
  /** Defaults: job `test-job`, attempt 1, workspace `test-workspace`. */
  jobId?: string;
  attempt?: number;
  workspaceId?: string;
  /** Aborts `ctx.signal` after this many milliseconds (the host's time budget). */
  timeoutMs?: number;
  /** Filled as the run goes, so a test can look at what a failed run sent and logged (the error itself is rethrown). */
  record?: { requests: RecordedRequest[]; logs: TestLog[] };
}

export interface ConnectorTestResult<O = unknown> {
  output: O;
  requests: RecordedRequest[];
  logs: TestLog[];
}

function checkSecrets(connector: AnyConnectorDefinition, inputs: Record<string, unknown>, secrets: Record<string, string>): void {
  const declared = new Set<string>(connector.secrets);
  const problems = [
    ...Object.keys(secrets).filter((key) => !declared.has(key)).map((key) =>
      problem(key, `Not a secret field of ${connector.type} (its secret fields: ${[...declared].join(', ') || 'none'}).`, `不是 ${connector.type} 的密钥字段。`)),
    ...Object.keys(inputs).filter((key) => declared.has(key)).map((key) =>
      problem(key, 'A secret field: pass it in "secrets"; the server never fills it from process variables.', '密钥字段：请通过 "secrets" 传入；服务器从不从流程变量填充它。')),
  ];
  if (problems.length > 0) throw new ConnectorContractError('INVALID_INPUT', problems);
}

/**
 * Runs a connector as the plugin host would run one job (input checked, `execute`, output checked), in this process,
 * with HTTP stubbed at the boundary: `ctx.fetch` answers from `http` and records every request. Secret values are
 * masked in the recorded logs, as on the server.
 *
 * ```ts
 * const { output, requests } = await runConnectorForTest(httpRequest, {
 *   inputs: { url: 'https://api.example.com/items', authentication: 'bearer' },
 *   secrets: { token: 'tok-123' },
 *   http: [{ method: 'GET', url: 'https://api.example.com/items', reply: { status: 200, body: { items: [] } } }],
 * });
 * ```
 */
export async function runConnectorForTest<O = unknown>(connector: AnyConnectorDefinition, options: ConnectorTestOptions = {}): Promise<ConnectorTestResult<O>> {
  const inputs = options.inputs ?? {};
  const secrets = options.secrets ?? {};
  checkSecrets(connector, inputs, secrets);
  const { requests, logs } = options.record ?? { requests: [], logs: [] };
  const controller = new AbortController();
  const timer = options.timeoutMs === undefined ? null : setTimeout(() => controller.abort(new Error(`The connector did not finish within ${options.timeoutMs} ms.`)), options.timeoutMs);
  const ctx: ConnectorContext = {
    jobId: options.jobId ?? 'test-job',
    workspaceId: options.workspaceId ?? 'test-workspace',
    processInstanceId: 'test-instance',
    elementId: 'test-task',
    attempt: options.attempt ?? 1,
    logger: maskingLogger(Object.values(secrets), (level, line) => logs.push({ level, line })),
    fetch: stubFetch(options.http ?? [], requests),
    resolveHost: (host, port) => resolvePublicHost(host, port, options.allowHosts ?? []),
    signal: controller.signal,
  };
  const files = options.files ?? {};
  try {
    const input = await resolveConnectorFiles(connector, { ...inputs, ...secrets }, async (id) => {
      const file = files[id];
      return file ? { name: file.name, contentType: file.contentType ?? 'application/octet-stream', content: Buffer.from(file.content) } : null;
    });
    const output = (await runConnector(connector, input, ctx)) as O;
    return { output, requests, logs };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Runs a trigger's payload check and `map` as the server does for `POST /hooks/<workspace>/triggers/<type>`. */
export async function runTriggerForTest(trigger: AnyTriggerDefinition, payload: unknown, options: { workspaceId?: string } = {}): Promise<TriggerMessage & { logs: TestLog[] }> {
  const logs: TestLog[] = [];
  const message = await runTrigger(trigger, payload, { workspaceId: options.workspaceId ?? 'test-workspace', logger: maskingLogger([], (level, line) => logs.push({ level, line })) });
  return { ...message, logs };
}

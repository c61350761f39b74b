import type { LocalizedName } from './define-connector.js';

export interface ConnectorProblem {
  /** Where: an input path such as `headers.Authorization`, a manifest path such as `baton.sdk`, or a connector type. */
  path: string;
  message: LocalizedName;
}

/** Errors of the connector contract; `problems` names every offending field. */
export class ConnectorContractError extends Error {
  constructor(
    readonly code: 'INVALID_INPUT' | 'INVALID_OUTPUT' | 'INVALID_MANIFEST' | 'INVALID_PLUGIN',
    readonly problems: ConnectorProblem[],
  ) {
    super(`${code}: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`);
    this.name = 'ConnectorContractError';
  }
}

export const problem = (path: string, en: string, zh: string): ConnectorProblem => ({ path, message: { en, 'zh-CN': zh } });

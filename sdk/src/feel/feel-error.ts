/** Why a FEEL expression was rejected. */
export enum FeelErrorCode {
  /** The text is not valid FEEL. */
  SYNTAX = 'SYNTAX',
  /** The text parsed, but evaluating it failed inside the interpreter. */
  EVALUATION = 'EVALUATION',
  /** The expression, its result or its run time exceeded the budget. */
  BUDGET = 'BUDGET',
}

/** A span in the expression text (after a leading `=` was stripped), `to` exclusive. */
export interface FeelPosition {
  from: number;
  to: number;
}

const DEFAULT_MESSAGES: Record<FeelErrorCode, string> = {
  [FeelErrorCode.SYNTAX]: 'The FEEL expression is not valid',
  [FeelErrorCode.EVALUATION]: 'The FEEL expression could not be evaluated',
  [FeelErrorCode.BUDGET]: 'The FEEL expression exceeded its budget',
};

/**
 * The one error type thrown by the FEEL wrapper. `expression` is the text as given (with any leading `=`),
 * `position` points into the stripped text for syntax errors.
 */
export class FeelError extends Error {
  override readonly name = 'FeelError';

  constructor(
    readonly code: FeelErrorCode,
    readonly expression: string,
    message: string = DEFAULT_MESSAGES[code],
    readonly position?: FeelPosition,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isFeelError(error: unknown): error is FeelError {
  return error instanceof FeelError;
}

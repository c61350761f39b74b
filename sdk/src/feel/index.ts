export {
  checkFeelSyntax,
  listFeelVariables,
  type FeelParseOptions,
  type FeelSyntaxCheck,
} from './check-feel-syntax.js';
export {
  evaluateFeel,
  isFeelExpression,
  stripFeelPrefix,
  unaryTest,
  type FeelContext,
  type FeelOptions,
  type FeelResult,
  type FeelWarning,
} from './evaluate-feel.js';
export { DEFAULT_FEEL_BUDGET, measureValueSize, type FeelBudget } from './feel-budget.js';
export { FeelError, FeelErrorCode, isFeelError, type FeelPosition } from './feel-error.js';
export { isBoundedFeel } from './bounded-feel.js';

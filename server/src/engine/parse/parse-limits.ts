/** Bounds on what a deploy will read, checked before the XML reaches the parser. */
export interface ParseLimits {
  /** UTF-8 size of the document */
  readonly maxBytes: number;
  /** element nesting depth */
  readonly maxDepth: number;
  /** number of elements in the document */
  readonly maxElements: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 200,
  // the largest MIWG reference model has about 2,500 elements; 10^5 must be refused
  maxElements: 50_000,
});

export function resolveParseLimits(overrides?: Partial<ParseLimits>): ParseLimits {
  return Object.freeze({ ...DEFAULT_PARSE_LIMITS, ...overrides });
}

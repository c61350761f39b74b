import { date, dateAndTime, duration, time } from 'feelin';

/** A TCK value as the corpus encodes it: JSON, or `{ "@type": xsd type, value: lexical }`. */
export type TckValue = null | boolean | number | string | TckValue[] | { [key: string]: TckValue };

const RELATIVE_TOLERANCE = 1e-8;

function typed(value: TckValue): { type: string; lexical: string } | null {
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value['@type'] === 'string') {
    return { type: value['@type'], lexical: String(value.value) };
  }
  return null;
}

/** Turns typed corpus values into feelin values, for contexts. */
export function toFeelinValue(value: TckValue): unknown {
  const typedValue = typed(value);
  if (typedValue) {
    switch (typedValue.type) {
      case 'date':
        return date(typedValue.lexical);
      case 'time':
        return time(typedValue.lexical);
      case 'dateTime':
        return dateAndTime(typedValue.lexical);
      case 'decimal':
        return Number(typedValue.lexical);
      default:
        return duration(typedValue.lexical);
    }
  }
  if (Array.isArray(value)) {
    return value.map(toFeelinValue);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toFeelinValue(entry)]));
  }
  return value;
}

/**
 * Compares a feelin result with the expected TCK value: numbers with a relative tolerance (the TCK rounds),
 * temporal values by their lexical form (zero offsets and extended years normalised), lists and contexts
 * structurally.
 */
export function matchesExpected(actual: unknown, expected: TckValue): boolean {
  const typedValue = typed(expected);
  if (typedValue) {
    if (typedValue.type === 'decimal') {
      return matchesExpected(actual, Number(typedValue.lexical));
    }
    if (actual === null || typeof actual !== 'object') {
      return false;
    }
    return canonicalTemporal(String(actual)) === canonicalTemporal(typedValue.lexical);
  }
  if (typeof expected === 'number') {
    return typeof actual === 'number' && numbersMatch(actual, expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => matchesExpected(actual[index], item))
    );
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) {
      return false;
    }
    const record = actual as Record<string, unknown>;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(record).length && keys.every((key) => matchesExpected(record[key], expected[key]))
    );
  }
  return actual === expected;
}

function numbersMatch(actual: number, expected: number): boolean {
  if (Number.isNaN(expected)) {
    return Number.isNaN(actual);
  }
  const scale = Math.max(Math.abs(actual), Math.abs(expected), 1);
  return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * scale;
}

/**
 * Lexical forms that denote the same value: a zero offset written `+00:00`, `-00:00` or `Z`, and the
 * six-digit extended year feelin prints for negative years (`-002017` for `-2017`).
 */
function canonicalTemporal(lexical: string): string {
  return lexical.replace(/[+-]00:00$/, 'Z').replace(/^-00(\d{4})/, '-$1');
}

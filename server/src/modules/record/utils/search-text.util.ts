const MAX_SEARCH_TEXT = 100_000;

/**
 * The text `search` matches: every string and number value of the data, one per line. Keys stay out, so
 * searching "amount" does not match every record of a form with an amount field.
 */
export function searchTextOf(data: unknown): string {
  const values: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string' || typeof value === 'number') values.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(data);
  return values.join('\n').slice(0, MAX_SEARCH_TEXT);
}

import { useCascaderAreaData } from '@vant/area-data';

/** One cascader option: a GB/T 2260 code and its zh-CN name (省 / 市 / 区县). */
export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** What a region field stores: the deepest code picked and the names from province down. */
export interface RegionValue {
  code: string;
  names: string[];
}

export type RegionLevel = 'province' | 'city' | 'district';

const DEPTH: Record<RegionLevel, number> = { province: 1, city: 2, district: 3 };
const cache = new Map<RegionLevel, RegionOption[]>();

/** The options tree down to `level`, built once per level from @vant/area-data. */
export function regionOptions(level: RegionLevel = 'district'): RegionOption[] {
  const known = cache.get(level);
  if (known) return known;
  const depth = DEPTH[level] ?? 3;
  type Source = { text: string; value: string; children?: Source[] };
  const convert = (items: Source[], at: number): RegionOption[] =>
    items.map((item) => {
      const children =
        at < depth && item.children && item.children.length > 0 ? convert(item.children, at + 1) : undefined;
      return children ? { value: item.value, label: item.text, children } : { value: item.value, label: item.text };
    });
  const built = convert(useCascaderAreaData() as Source[], 1);
  cache.set(level, built);
  return built;
}

/** The cascader path (codes from province down) of a stored value, or [] when the code is unknown. */
export function regionPath(value: unknown, level: RegionLevel = 'district'): string[] {
  const code = value && typeof value === 'object' ? (value as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return [];
  const walk = (options: RegionOption[] | undefined, path: string[]): string[] | null => {
    for (const option of options ?? []) {
      if (option.value === code) return [...path, option.value];
      if (option.children && option.value.slice(0, 2 + 2 * path.length) === code.slice(0, 2 + 2 * path.length)) {
        const found = walk(option.children, [...path, option.value]);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(regionOptions(level), []) ?? [];
}

/** The stored value of a cascader path, or null for an empty or unknown path. */
export function regionValue(path: unknown, level: RegionLevel = 'district'): RegionValue | null {
  if (!Array.isArray(path) || path.length === 0) return null;
  const names: string[] = [];
  let options: RegionOption[] | undefined = regionOptions(level);
  for (const code of path) {
    const option: RegionOption | undefined = options?.find((item) => item.value === code);
    if (!option) return null;
    names.push(option.label);
    options = option.children;
  }
  return { code: String(path[path.length - 1]), names };
}

import { describe, expect, it } from 'vitest';
import { regionOptions, regionPath, regionValue } from './region-options';

describe('region options (@vant/area-data)', () => {
  it('has the 34 provincial divisions with zh-CN names and 6-digit codes, down to districts', () => {
    // when
    const provinces = regionOptions();

    // then
    expect(provinces).toHaveLength(34);
    const shanghai = provinces.find((option) => option.label === '上海市')!;
    expect(shanghai.value).toBe('310000');
    expect(shanghai.children![0].children!.map((district) => district.label)).toContain('徐汇区');
  });

  it('cuts the tree at the field level', () => {
    expect(regionOptions('province').every((option) => option.children === undefined)).toBe(true);
    expect(
      regionOptions('city')
        .flatMap((option) => option.children ?? [])
        .every((city) => city.children === undefined),
    ).toBe(true);
  });

  it('turns a picked path into { code, names } and back', () => {
    // given
    const path = ['310000', '310100', '310104'];

    // when
    const value = regionValue(path);

    // then
    expect(value).toEqual({ code: '310104', names: ['上海市', '上海市', '徐汇区'] });
    expect(regionPath(value)).toEqual(path);
  });

  it('answers nothing for unknown or malformed values', () => {
    expect(regionValue(['310000', '999999'])).toBeNull();
    expect(regionValue([])).toBeNull();
    expect(regionPath({ code: '999999', names: [] })).toEqual([]);
    expect(regionPath('310104')).toEqual([]);
  });
});

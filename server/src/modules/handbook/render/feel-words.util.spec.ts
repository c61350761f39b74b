import { conditionInWords, deadlineInWords, durationInWords } from './feel-words.util.js';

const labels = new Map([['discount', 'Discount %'], ['approved', 'Approved']]);

describe('conditionInWords', () => {
  it.each([
    ['=discount > 15', 'en', 'Discount % is greater than 15'],
    ['=discount > 15', 'zh-CN', 'Discount %大于 15'],
    ['= discount <= 15 and region = "east"', 'en', 'Discount % is at most 15 and region is “east”'],
    ['=approved', 'en', 'Approved is yes'],
    ['=not(approved)', 'zh-CN', 'Approved为否'],
    ['=(discount > 15) or approved = false', 'en', 'Discount % is greater than 15 or Approved is no'],
  ])('%s (%s) → %s', (expression, lang, words) => {
    expect(conditionInWords(expression, labels, lang as 'en' | 'zh-CN')).toBe(words);
  });

  it('gives up on expressions it cannot put in words', () => {
    expect(conditionInWords('=count(items[price > 10]) > 2', labels, 'en')).toBeNull();
    expect(conditionInWords('=sum(items.price) > 10 and approved', labels, 'en')).toBeNull();
  });
});

describe('deadlines', () => {
  it('reads ISO durations and now() + duration()', () => {
    expect(durationInWords('PT4H30M', 'en')).toBe('4 hours 30 minutes');
    expect(durationInWords('P1D', 'en')).toBe('1 day');
    expect(durationInWords('P2D', 'zh-CN')).toBe('2天');
    expect(deadlineInWords('=now() + duration("P2D")', 'en')).toBe('2 days after the task starts');
    expect(deadlineInWords('="2030-01-31T12:00:00Z"', 'en')).toBe('2030-01-31T12:00:00Z');
    expect(deadlineInWords('=dueAt', 'en')).toBeNull();
    expect(durationInWords('soon', 'en')).toBeNull();
  });
});

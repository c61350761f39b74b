import { describe, expect, it } from 'vitest';
import { mentionedIds } from './mentions';

describe('mentionedIds', () => {
  const members = [
    { id: 'u1', name: '王芳', email: 'wang@example.com' },
    { id: 'u2', name: null, email: 'li@example.com' },
    { id: 'u3', name: 'Ann', email: 'ann@example.com' },
  ];
  it('finds members mentioned by name or email, once each', () => {
    expect(mentionedIds('@王芳 请看一下，@li@example.com 也看看 @王芳', members)).toEqual(['u1', 'u2']);
    expect(mentionedIds('no mention of Ann here', members)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { absoluteInvitationLink } from './members-store';

describe('absoluteInvitationLink', () => {
  it.each([
    {
      title: 'absolute link kept',
      link: 'https://baton.example/invite/t1',
      token: 't1',
      expected: 'https://baton.example/invite/t1',
    },
    {
      title: 'relative link made absolute',
      link: '/invite/t2',
      token: 't2',
      expected: 'http://localhost:5173/invite/t2',
    },
    {
      title: 'no link: built from the token',
      link: null,
      token: 't 3',
      expected: 'http://localhost:5173/invite/t%203',
    },
    { title: 'neither: empty', link: null, token: null, expected: '' },
  ])('$title', ({ link, token, expected }) => {
    // given what inviteMember returned, when making the link, then it is an absolute URL to copy
    expect(absoluteInvitationLink(link, token, 'http://localhost:5173')).toBe(expected);
  });
});

import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long password with letters and digits', () => {
    expect(passwordProblem('relay-race-2026', 'li.wei@example.com')).toBeNull();
  });

  it.each([
    { title: 'too short', password: 'abc123', fragment: 'at least 10' },
    { title: 'letters only', password: 'abcdefghijkl', fragment: 'letters and digits' },
    { title: 'digits only', password: '98765432101', fragment: 'letters and digits' },
    { title: 'common', password: 'Password123', fragment: 'too common' },
    { title: 'contains the email name', password: 'liwei-2026-xyz', fragment: 'email name' },
    { title: 'too long', password: 'a1'.repeat(101), fragment: 'at most 200' },
  ])('rejects a password that is $title', ({ password, fragment }) => {
    const problem = passwordProblem(password, 'liwei@example.com');
    expect(problem?.en).toContain(fragment);
    expect(problem?.['zh-CN']).toBeTruthy();
  });
});

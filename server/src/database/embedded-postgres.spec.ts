import { describe, expect, it } from 'vitest';
import { socketFolder } from './embedded-postgres.js';

describe('socketFolder (where the embedded PostgreSQL puts its Unix socket)', () => {
  it('is the data folder when the socket path fits sockaddr_un', () => {
    expect(socketFolder('/tmp/baton-it-x1/pg', 54321)).toBe(process.platform === 'win32' ? null : '/tmp/baton-it-x1/pg');
  });

  it('is none (TCP only) for a path that would pass the 107-byte limit', () => {
    expect(socketFolder(`/tmp/${'a'.repeat(90)}/pg`, 54321)).toBeNull();
  });

  it('is none for a folder name the setting\'s list syntax would split or quote', () => {
    for (const dir of ['/tmp/my data/pg', '/tmp/a,b/pg', "/tmp/o'neil/pg", '/tmp/"q"/pg']) expect(socketFolder(dir, 5432)).toBeNull();
  });
});

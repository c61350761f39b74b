import { gzipSync } from 'node:zlib';
import { paxPath, tarball } from '../../test/fixtures/tar-writer.js';
import { readPluginTarball, TarballError } from './plugin-tarball.js';

const limits = { maxBytes: 1024 * 1024, maxFiles: 10 };
const refusal = (archive: Buffer, small = limits) => {
  try {
    readPluginTarball(archive, small);
  } catch (error) {
    if (error instanceof TarballError) return { message: error.message, entry: error.entry };
    throw error;
  }
  throw new Error('not refused');
};

describe('readPluginTarball', () => {
  it('reads the files npm pack writes under package/, long pax paths included', () => {
    // given an npm-style archive with a folder entry and a path longer than the 100-byte name field
    const long = `dist/${'deep/'.repeat(25)}index.js`;
    const archive = tarball([
      { path: 'package/', type: '5' },
      { path: 'package/package.json', data: '{"name":"x"}' },
      paxPath(`package/${long}`),
      { path: 'package/dist/truncated', data: 'module.exports = 1' },
    ]);
    // when it is read
    const files = readPluginTarball(archive, limits);
    // then the files are keyed by their path inside the plugin
    expect([...files.keys()]).toEqual(['package.json', long]);
    expect(files.get(long)!.toString()).toBe('module.exports = 1');
  });

  it.each([
    ['a path that climbs out', [{ path: 'package/../../etc/cron.d/x', data: 'x' }], /outside the plugin folder/, 'package/../../etc/cron.d/x'],
    ['an absolute path', [{ path: '/etc/passwd', data: 'x' }], /outside the plugin folder/, '/etc/passwd'],
    ['a symbolic link', [{ path: 'package/index.js', type: '2', link: '/etc/passwd' }], /link or a device/, 'package/index.js'],
    ['a pax path that climbs out', [paxPath('package/../x'), { path: 'package/ok', data: 'x' }], /outside the plugin folder/, 'package/../x'],
  ])('refuses %s, naming the member', (_title, members, message, entry) => {
    expect(refusal(tarball(members))).toEqual({ message: expect.stringMatching(message), entry });
  });

  it('refuses what is not a gzipped tarball, an empty one, too many files and a gzip bomb', () => {
    expect(refusal(Buffer.from('PK\u0003\u0004 a zip file')).message).toMatch(/not a gzipped tarball/);
    expect(refusal(gzipSync(Buffer.alloc(1024))).message).toMatch(/no files/);
    const many = Array.from({ length: 11 }, (_, i) => ({ path: `package/f${i}`, data: 'x' }));
    expect(refusal(tarball(many)).message).toMatch(/more than 10 files/);
    const bomb = tarball([{ path: 'package/zeros', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(refusal(bomb).message).toMatch(/more than 1048576 bytes/);
  });
});

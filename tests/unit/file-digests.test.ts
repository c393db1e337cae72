import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileDigests } from '../../src/integrations/build/file-digests.ts';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `teixit-${name}-`));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
// Long enough for a file written now to count as settled
const SETTLE_MS = 50;
const settle = () => sleep(SETTLE_MS + 20);

describe('file digests remembered between builds', () => {
  test("are the files' SHA-256, and a later build reads only the files changed since", async () => {
    const site = temp('site');
    const memo = join(temp('memo'), 'digests.json');
    writeFileSync(join(site, 'a.html'), 'aaaa');
    writeFileSync(join(site, 'b.html'), 'bbbb');
    await settle();

    const first = FileDigests.load(memo, SETTLE_MS);
    expect(first.of(site, join(site, 'a.html')).toString('hex')).toBe(sha256('aaaa'));
    first.of(site, join(site, 'b.html'));
    first.save();
    expect([first.remembered, first.computed]).toEqual([0, 2]);

    // Same size, other bytes, its modification time set back: only the change time gives it away
    const old = statSync(join(site, 'b.html')).mtime;
    writeFileSync(join(site, 'b.html'), 'BBBB');
    utimesSync(join(site, 'b.html'), old, old);

    const second = FileDigests.load(memo, SETTLE_MS);
    expect(second.of(site, join(site, 'a.html')).toString('hex')).toBe(sha256('aaaa'));
    expect(second.of(site, join(site, 'b.html')).toString('hex')).toBe(sha256('BBBB'));
    expect([second.remembered, second.computed]).toEqual([1, 1]);
  });

  test('outlive a build in the other output folder, whose copies are other files', async () => {
    const [one, other] = [temp('one'), temp('other')];
    const memo = join(temp('memo'), 'digests.json');
    writeFileSync(join(one, 'a.html'), 'aaaa');
    copyFileSync(join(one, 'a.html'), join(other, 'a.html'));
    await settle();

    for (const [dir, remembered] of [[one, 0], [other, 0], [one, 1], [other, 1]] as const) {
      const digests = FileDigests.load(memo, SETTLE_MS);
      expect(digests.of(dir, join(dir, 'a.html')).toString('hex')).toBe(sha256('aaaa'));
      digests.save();
      expect(digests.remembered).toBe(remembered);
    }
  });

  test('do not remember a file changed a moment ago, whose change time may not move on its next write', () => {
    const site = temp('site');
    const memo = join(temp('memo'), 'digests.json');
    writeFileSync(join(site, 'a.html'), 'aaaa');
    const first = FileDigests.load(memo, 60_000);
    first.of(site, join(site, 'a.html'));
    first.save();

    const second = FileDigests.load(memo, 60_000);
    second.of(site, join(site, 'a.html'));
    expect(second.computed).toBe(1);
  });

  test('cost a full reading when their file is damaged, never a wrong digest', async () => {
    const site = temp('site');
    const memo = join(temp('memo'), 'digests.json');
    writeFileSync(join(site, 'a.html'), 'aaaa');
    writeFileSync(memo, '{"version": 1, "recent": [["a.html');
    await settle();

    const digests = FileDigests.load(memo, SETTLE_MS);
    expect(digests.of(site, join(site, 'a.html')).toString('hex')).toBe(sha256('aaaa'));
    expect(digests.computed).toBe(1);
  });
});

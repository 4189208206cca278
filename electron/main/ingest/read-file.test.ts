import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../../../shared/domain/extract/extract-error';
import { readFileBytes } from './read-file';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFileBytes', () => {
  it('returns the bytes as stored', async () => {
    const path = join(dir, 'page.txt');
    await writeFile(path, 'Headline\nThe body, with ‘quotes’.');
    expect(Buffer.from(await readFileBytes(path, 1000)).toString('utf8')).toBe('Headline\nThe body, with ‘quotes’.');
  });

  it('names the file (by its label when given) and the problem', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, 'x'.repeat(2000));
    await expect(readFileBytes(join(dir, 'missing.txt'), 1000)).rejects.toThrow(`${join(dir, 'missing.txt')}: no such file`);
    await expect(readFileBytes(join(dir, 'missing.txt'), 1000, 'folder/missing.txt')).rejects.toThrow(/^folder\/missing\.txt: no such file/);
    await expect(readFileBytes(big, 1000)).rejects.toThrow(/big\.txt: 2\.0 KB is over the 1000 bytes import limit \(Settings\)/);
    await expect(readFileBytes(dir, 1000)).rejects.toThrow(/is a folder/);
    await expect(readFileBytes(big, 1000)).rejects.toBeInstanceOf(ExtractError);
  });
});

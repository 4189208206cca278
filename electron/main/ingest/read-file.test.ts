import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from './ingest-error';
import { readTextFile } from './read-file';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTextFile', () => {
  it('returns the file name and decoded text', async () => {
    const path = join(dir, 'page.txt');
    await writeFile(path, 'Headline\nThe body, with ‘quotes’.');
    expect(await readTextFile(path, 1000)).toEqual({ name: 'page.txt', text: 'Headline\nThe body, with ‘quotes’.' });
  });

  it('names the file and the problem', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, 'x'.repeat(2000));
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '  \n ');
    const binary = join(dir, 'image.png');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    await expect(readTextFile(join(dir, 'missing.txt'), 1000)).rejects.toThrow(`${join(dir, 'missing.txt')}: no such file`);
    await expect(readTextFile(big, 1000)).rejects.toThrow(/big\.txt: is 2000 bytes, over the import limit of 1000 bytes/);
    await expect(readTextFile(empty, 1000)).rejects.toThrow(/empty\.txt: is empty/);
    await expect(readTextFile(binary, 1000)).rejects.toThrow(/image\.png: binary content/);
    await expect(readTextFile(dir, 1000)).rejects.toThrow(/is a folder/);
    await expect(readTextFile(binary, 1000)).rejects.toBeInstanceOf(IngestError);
  });
});

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, startTwin, test } from './fixtures/twin';

test('a corrupt store file is moved aside and the banner says so', async ({ page, dataDir }) => {
  // The copy index (see electron/main/store/store-files.ts) is garbage before the first start.
  await mkdir(path.join(dataDir, 'copies'), { recursive: true });
  await writeFile(path.join(dataDir, 'copies', 'index.json'), '{"copies": [ this is not json');

  const twin = await startTwin(dataDir);
  try {
    await page.goto(twin.url);
    const notice = page.getByTestId('notice');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText('index.json');
    const aside = (await readdir(path.join(dataDir, 'copies'))).filter((name) => name.startsWith('index.json.corrupt-'));
    expect(aside).toHaveLength(1);

    await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect(page.getByTestId('notice')).toHaveCount(0);
  } finally {
    await twin.stop();
  }
});

test('a page opened without the token explains how to open Copydesk', async ({ page, twin }) => {
  const bare = new URL(twin.url);
  bare.search = '';
  await page.goto(bare.toString());
  await expect(page.getByRole('heading', { name: 'Open Copydesk with the address printed by npm run web' })).toBeVisible();
});

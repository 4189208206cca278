import { expect, openWithLibrary, test } from './fixtures/twin';
import { importThroughApi } from './fixtures/apiImport';
import { recordOutside } from './fixtures/outsideRequests';
import { openNewerLfrCopy } from './fixtures/sample';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

// Offline by construction: whatever the copy carries (remote images, web fonts, trackers, scripts, frames),
// the app never fetches anything but its own files and its own services. Every request the page makes through
// a whole shift's flow is recorded; any that leaves the twin's origin fails the test (and is aborted, so the
// test never depends on the network being there).

const HEADLINE = 'Harbour board approves dredging after storm damage';

/** A saved web page full of what a scraped page brings along from elsewhere. */
const REMOTE_LADEN_PAGE = `<!doctype html><html><head>
<title>${HEADLINE}</title>
<link rel="stylesheet" href="https://fonts.example.net/css2?family=Serif">
<style>@font-face { font-family: X; src: url(https://fonts.example.net/x.woff2); } body { background: url(https://cdn.example.net/bg.jpg); }</style>
<script src="https://analytics.example.net/tag.js"></script>
<link rel="preconnect" href="https://tracker.example.net">
</head><body>
<nav><a href="https://example.net/">Home</a></nav>
<article>
<h1>${HEADLINE}</h1>
<img src="https://images.example.net/harbour.jpg" srcset="https://images.example.net/harbour-2x.jpg 2x" alt="The harbour">
<p>The harbour board has approved an emergency dredging contract after last month's storm left the main channel too shallow for the ferry.</p>
<p>A board spokesman said the work would begin within a fortnight and take about six weeks, with the ferry running a reduced timetable meanwhile.</p>
<picture><source srcset="https://images.example.net/quay.webp"><img src="https://images.example.net/quay.jpg" alt=""></picture>
<p>Fishermen welcomed the decision but warned that the cost would fall on harbour dues, which rose by a tenth last year.</p>
<iframe src="https://video.example.net/embed/1"></iframe>
<video poster="https://images.example.net/poster.jpg"><source src="https://video.example.net/clip.mp4"></video>
<p>The board will publish the contract once it has been signed, a spokesman added.</p>
</article>
<img src="https://tracker.example.net/pixel.gif" width="1" height="1">
</body></html>`;

test('a whole flow over a page full of remote content makes no request outside the app', async ({ page, twin }) => {
  const outside = await recordOutside(page, twin.url);
  await openWithLibrary(page, twin);
  await importThroughApi(page, [{ name: 'harbour.html', dataBase64: Buffer.from(REMOTE_LADEN_PAGE, 'utf8').toString('base64') }]);
  await page.reload();
  await page.getByTestId('library-story').filter({ hasText: HEADLINE }).click();
  await page.getByTestId('library-copy').first().click();
  await expect(page.getByTestId('copy-headline')).toHaveText(HEADLINE);
  await expect(page.getByTestId('copy-paragraph').first()).toContainText('emergency dredging contract');

  // The sample story through every view: compare, merge, the export preview.
  await openNewerLfrCopy(page, 'Compare');
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await page.getByRole('tab', { name: 'Merge' }).click();
  await page.getByTestId('merge-start').getByRole('button', { name: /^Merge \d+ versions$/ }).click();
  await expect(page.getByTestId('merge').locator('.passage').first()).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: 'HTML document' }).check();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByText('<!DOCTYPE html>')).toBeVisible();

  expect(outside).toEqual([]);
});

// In Electron the page is a file:// page, which gets no headers: the policy it lives under is the meta tag the
// build wrote into index.html, so the page the build produced must carry exactly the app's policy.
test('the built page carries the app’s Content Security Policy as a meta tag', async ({ page, twin }) => {
  await openWithLibrary(page, twin);
  const metas = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content')));
  expect(metas).toEqual([CONTENT_SECURITY_POLICY]);
});

test.describe('the recorder itself', () => {
  // With the page's CSP bypassed, a remote image the page asks for must show up: the test above can fail.
  test.use({ bypassCSP: true });
  test('sees a request that leaves the app', async ({ page, twin }) => {
    const outside = await recordOutside(page, twin.url);
    await openWithLibrary(page, twin);
    await page.evaluate(() => {
      const image = new Image();
      image.src = 'https://images.example.net/probe.png';
      document.body.append(image);
    });
    await expect.poll(() => outside).toEqual(['https://images.example.net/probe.png']);
  });
});

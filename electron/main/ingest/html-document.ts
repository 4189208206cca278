import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * The one place imported HTML becomes a DOM. Nothing in it may run or reach the network: jsdom's defaults
 * already do neither, and they are spelled out here so no later edit turns them on by accident.
 */
export function openHtmlDocument(html: string): JSDOM {
  return new JSDOM(html, {
    // Scripts in the page are parsed as inert elements, never executed ("dangerously" would run them).
    runScripts: undefined,
    // No resource loader: images, stylesheets, iframes and scripts are never fetched.
    resources: undefined,
    // A fixed opaque origin: relative links resolve without naming any real site, and no cookies exist.
    url: 'about:blank',
    // jsdom reports CSS it cannot parse on the console; imported pages are full of it and it is not ours to fix.
    virtualConsole: new VirtualConsole(),
  });
}

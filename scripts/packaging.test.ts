// The packaging checks that can run without the Electron runtime: electron-builder validates
// electron-builder.yml with its own schema, then packs the built app for Linux against a stand-in runtime
// folder (electronDist), and the test reads what went into app.asar. Installers proper (AppImage, deb, NSIS,
// dmg) need tools electron-builder downloads, so they build only where it can (README, "Packaging").
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, listPackage } from '@electron/asar';
import { Arch, Platform, build, type Configuration } from 'electron-builder';
// electron-builder's CLI has no validate-only mode; this is the function its build calls before packing.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const configFile = path.join(root, 'electron-builder.yml');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// Debian's 7-Zip (apt package 7zip, installed by .ci/run): electron-builder would otherwise fetch its own.
const SEVEN_ZIP = '/usr/bin/7zz';
const BUILD_TIMEOUT_MS = 300_000;

/** The part of `npm ls --json` read here. */
interface NpmTree {
  version?: string;
  dependencies?: Record<string, NpmTree>;
}

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, configFile, null);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation, which rejects what its schema does not know", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const broken = { ...config, linux: { ...config.linux, categroy: 'Office' } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.linux/);
  });

  it('declares the installers the issue asks for, with per-user Windows install and a hardened macOS runtime', async () => {
    const config = await loadConfig();
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Copydesk');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
  });

  it('grants macOS only the entitlements Electron needs', async () => {
    const config = await loadConfig();
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(file, 'mac.entitlements and mac.entitlementsInherit are set').toBeTruthy();
      const plist = await readFile(path.join(root, String(file)), 'utf8');
      const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1]);
      expect(keys.sort()).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.cs.allow-unsigned-executable-memory']);
    }
  });

  it('offers Copydesk under "Open with" for every format it imports, without claiming to own them', async () => {
    const config = await loadConfig();
    for (const associations of [config.linux?.fileAssociations, config.mac?.fileAssociations]) {
      const list = [associations ?? []].flat();
      const extensions = list.flatMap((association) => [association.ext].flat());
      expect(extensions.sort()).toEqual(['docx', 'htm', 'html', 'json', 'markdown', 'md', 'txt', 'xml']);
      for (const association of list) {
        expect(association.mimeType, `${association.ext} has a mime type`).toMatch(/^[a-z]+\/[\w.+-]+$/);
        expect(association.rank).toBe('Alternate');
      }
    }
  });

  it('points every platform at an icon that exists', async () => {
    const config = await loadConfig();
    const icons = [config.linux?.icon, config.win?.icon, config.mac?.icon];
    for (const icon of icons) expect(icon && existsSync(path.join(root, icon)), `${icon} exists`).toBe(true);
    expect(existsSync(path.join(root, 'resources/icons/512x512.png'))).toBe(true);
  });
});

describe('a Linux build against a stand-in Electron runtime', () => {
  let work = '';
  let unpacked = '';
  let artifacts: string[] = [];
  let asarFiles: string[] = [];
  const has7zip = existsSync(SEVEN_ZIP);

  beforeAll(async () => {
    // The package is made from what `npm run build` writes to dist/; a fresh clone has none yet.
    if (!existsSync(path.join(root, 'dist/electron/main.cjs')) || !existsSync(path.join(root, 'dist/renderer/index.html'))) {
      await run(npm, ['run', 'build'], { cwd: root, timeout: BUILD_TIMEOUT_MS });
    }
    work = await mkdtemp(path.join(os.tmpdir(), 'copydesk-packaging-'));
    // electron-builder copies this folder as the runtime and renames its `electron` to the app's executable;
    // nothing else in it is read for a dir or tar.gz target.
    const runtime = path.join(work, 'electron-dist');
    await mkdir(runtime);
    await writeFile(path.join(runtime, 'electron'), '#!/bin/sh\necho "stand-in Electron runtime" >&2\nexit 1\n');
    await chmod(path.join(runtime, 'electron'), 0o755);

    const previous7zip = process.env.ELECTRON_BUILDER_7ZIP_PATH;
    if (has7zip) process.env.ELECTRON_BUILDER_7ZIP_PATH = SEVEN_ZIP;
    try {
      artifacts = await build({
        projectDir: root,
        targets: Platform.LINUX.createTarget(has7zip ? ['dir', 'tar.gz'] : ['dir'], Arch.x64),
        // Merged over electron-builder.yml: output in the temp folder, no native rebuild (there is no native
        // module) and no compression effort, since only the archive's making and contents are checked.
        config: { directories: { output: path.join(work, 'out') }, electronDist: runtime, npmRebuild: false, compression: 'store' },
        publish: 'never',
      });
    } finally {
      if (previous7zip === undefined) delete process.env.ELECTRON_BUILDER_7ZIP_PATH;
      else process.env.ELECTRON_BUILDER_7ZIP_PATH = previous7zip;
    }
    unpacked = path.join(work, 'out', 'linux-unpacked');
    asarFiles = listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false });
  }, BUILD_TIMEOUT_MS * 2);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  const appFiles = () => asarFiles.filter((file) => file !== '/node_modules' && !file.startsWith('/node_modules/'));
  const readAsar = (file: string) => extractFile(path.join(unpacked, 'resources', 'app.asar'), file).toString('utf8');

  it('packs the built main, preload and worker, with a package.json whose main is the built main', () => {
    for (const file of ['/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/analysis-worker.cjs']) {
      expect(asarFiles).toContain(file);
    }
    const manifest = JSON.parse(readAsar('package.json')) as { main?: string };
    expect(manifest.main).toBe('dist/electron/main.cjs');
    expect(asarFiles).toContain(`/${manifest.main}`);
  });

  it('packs the renderer page and every asset it loads', () => {
    const html = readAsar('dist/renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => `/dist/renderer/${match[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asarFiles).toContain(asset);
  });

  it('holds nothing of the app but the build and package.json: no sources, tests, e2e, fixtures or maps', () => {
    const files = appFiles().filter((file) => !['/dist', '/dist/electron', '/dist/renderer', '/dist/renderer/assets'].includes(file));
    const outsideBuild = files.filter((file) => file !== '/package.json' && !/^\/dist\/(electron|renderer)\//.test(file));
    expect(outsideBuild).toEqual([]);
    const unwanted = asarFiles.filter((file) => /\.(map|ts|mts|cts|tsx)$/.test(file) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(file));
    expect(unwanted).toEqual([]);
  });

  it('ships production dependencies only', async () => {
    // npm's own answer to "what does production need"; compared by name and version, since electron-builder
    // re-hoists nested copies (docx's own nanoid lands at node_modules/nanoid).
    const { stdout } = await run(npm, ['ls', '--omit=dev', '--all', '--json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const production = new Set<string>();
    const collect = (tree: NpmTree) => {
      for (const [name, node] of Object.entries(tree.dependencies ?? {})) {
        production.add(`${name}@${node.version}`);
        collect(node);
      }
    };
    collect(JSON.parse(stdout) as NpmTree);
    const shipped = asarFiles
      .filter((file) => /^(?:\/node_modules\/(?:@[^/]+\/)?[^/]+)+\/package\.json$/.test(file))
      .map((file) => JSON.parse(readAsar(file.slice(1))) as { name: string; version: string })
      .map((manifest) => `${manifest.name}@${manifest.version}`);
    expect(shipped.some((id) => id.startsWith('jsdom@')), 'jsdom, left external by the main bundle, is shipped').toBe(true);
    expect(shipped.filter((id) => !production.has(id))).toEqual([]);
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const productionNames = new Set([...production].map((id) => id.slice(0, id.lastIndexOf('@'))));
    const devOnly = Object.keys(manifest.devDependencies).filter((name) => !productionNames.has(name));
    expect(devOnly).toContain('electron-builder');
    expect(shipped.filter((id) => devOnly.includes(id.slice(0, id.lastIndexOf('@'))))).toEqual([]);
  });

  it('packs the spelling dictionaries the offline spellchecker reads at run time', () => {
    for (const dictionary of ['dictionary-en', 'dictionary-en-gb']) {
      for (const file of ['index.aff', 'index.dic']) expect(asarFiles).toContain(`/node_modules/${dictionary}/${file}`);
    }
  });

  it('puts the sample store and the window icon beside the asar, as plain files', () => {
    expect(existsSync(path.join(unpacked, 'resources', 'samples', 'daily8-met-lfr.txt'))).toBe(true);
    expect(existsSync(path.join(unpacked, 'resources', 'icon.png'))).toBe(true);
    expect(existsSync(path.join(unpacked, 'copydesk')), 'the runtime renamed to the executable name').toBe(true);
  });

  it.skipIf(!has7zip)(`builds the tar.gz target with Debian's 7-Zip (${SEVEN_ZIP}; skipped where it is not installed)`, async () => {
    const archive = artifacts.find((file) => file.endsWith('.tar.gz'));
    expect(archive, `a .tar.gz among ${artifacts.join(', ')}`).toBeTruthy();
    const { stdout } = await run('tar', ['-tzf', String(archive)], { maxBuffer: 16 * 1024 * 1024 });
    const entries = stdout.split('\n').map((entry) => entry.replace(/^[^/]+\//, ''));
    expect(entries).toEqual(expect.arrayContaining(['copydesk', 'resources/app.asar', 'resources/samples/daily8-met-lfr.txt']));
  });
});

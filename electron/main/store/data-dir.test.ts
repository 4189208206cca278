import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from './data-dir';

describe('resolveDataDir', () => {
  it('prefers COPYDESK_DATA_DIR over the fallback', () => {
    expect(resolveDataDir({ COPYDESK_DATA_DIR: '/tmp/elsewhere' }, '/home/x/.config/Copydesk')).toBe(path.resolve('/tmp/elsewhere'));
  });
  it('uses the fallback when the variable is unset or blank', () => {
    expect(resolveDataDir({}, '/data/Copydesk')).toBe(path.resolve('/data/Copydesk'));
    expect(resolveDataDir({ COPYDESK_DATA_DIR: '  ' }, '/data/Copydesk')).toBe(path.resolve('/data/Copydesk'));
  });
});

describe('defaultDataDir', () => {
  it('follows each platform convention', () => {
    expect(defaultDataDir('linux', '/home/ann', {})).toBe('/home/ann/.config/Copydesk');
    expect(defaultDataDir('linux', '/home/ann', { XDG_CONFIG_HOME: '/cfg' })).toBe('/cfg/Copydesk');
    expect(defaultDataDir('darwin', '/Users/ann', {})).toBe('/Users/ann/Library/Application Support/Copydesk');
    expect(defaultDataDir('win32', 'C:\\Users\\ann', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Copydesk',
    );
  });
});

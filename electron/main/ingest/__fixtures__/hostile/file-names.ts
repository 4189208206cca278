import { pwn } from './hostile-case';

/**
 * File names a bridge or the CLI might be handed: traversal out of the store, absolute paths, NUL, names longer
 * than any file system allows, Windows device names, and markup. Each must end up a plain label and never a
 * path anything is written to.
 */
export const HOSTILE_FILE_NAMES: readonly { name: string; attacks: string }[] = [
  { name: '../../evil-traversal.txt', attacks: 'relative traversal out of the store' },
  { name: '..\\..\\evil-backslash.txt', attacks: 'Windows-style traversal' },
  { name: '/tmp/evil-absolute.txt', attacks: 'an absolute POSIX path' },
  { name: 'C:\\Windows\\System32\\evil-drive.txt', attacks: 'an absolute Windows path' },
  { name: 'evil\u0000nul.txt', attacks: 'a NUL that would truncate a C path' },
  { name: `${'n'.repeat(900)}.txt`, attacks: 'a name longer than any file system allows (the contract refuses names over 1000 characters)' },
  { name: 'CON.txt', attacks: 'a Windows device name' },
  { name: 'aux', attacks: 'a Windows device name without extension' },
  { name: `<img src=x onerror="${pwn('file-name-markup')}">.txt`, attacks: 'markup in the name, shown in the import report and the inspector' },
];

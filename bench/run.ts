import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './row';

// `npm run bench [-- --json] [-- --only <substring>]`: runs every bench/*.bench.ts (or those whose file name
// contains the substring) and prints their figures. With --json, stdout carries only the JSON array, and
// progress goes to stderr.

const USAGE = 'Usage: npm run bench -- [--json] [--only <substring of a bench file name>]';

function parseArgs(argv: string[]): { json: boolean; only: string | null } {
  const json = argv.includes('--json');
  const at = argv.indexOf('--only');
  const only = at >= 0 ? (argv[at + 1] ?? null) : null;
  if (at >= 0 && !only) throw new Error(`--only needs a substring. ${USAGE}`);
  const unknown = argv.filter((a, i) => a !== '--json' && a !== '--only' && !(at >= 0 && i === at + 1));
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown[0]}. ${USAGE}`);
  return { json, only };
}

function table(rows: BenchRow[]): string {
  const cells = [['figure', 'value', 'unit', 'target', 'met?'], ...rows.map((r) => [r.name, String(r.value), r.unit, r.target, r.met ? 'yes' : 'NO'])];
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) => row.map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const { json, only } = parseArgs(process.argv.slice(2));
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts') && (only === null || f.includes(only))).sort();
  if (files.length === 0) throw new Error(`No bench file matches ${only === null ? '*.bench.ts' : `"${only}"`}.`);
  const rows: BenchRow[] = [];
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    const suite = (await import(pathToFileURL(path.join(dir, file)).href)) as { rows?: BenchSuite };
    if (typeof suite.rows !== 'function') throw new Error(`${file} does not export \`rows\` (a BenchSuite).`);
    rows.push(...(await suite.rows()));
  }
  process.stdout.write(json ? `${JSON.stringify(rows.map(({ name, value, unit, target, met }) => ({ name, value, unit, target, met })))}\n` : `${table(rows)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

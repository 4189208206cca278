// `npm run audit:electron`: Electronegativity over the shipped sources. Fails (exit 1) on any high or medium
// finding without an `// electronegativity: CHECK_ID — reason` comment on the flagged line or the 3 above it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFinding, GATING_SEVERITIES } from './electronegativity-findings';
import { auditElectron } from './electronegativity-run';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { findings, unjustified } = await auditElectron(root);
  const gating = findings.filter((finding) => GATING_SEVERITIES.has(finding.severity));
  for (const finding of unjustified) console.error(formatFinding(finding));
  console.log(
    `Electronegativity: ${findings.length} findings, ${gating.length} high or medium, ${gating.length - unjustified.length} of them justified beside the code, ${unjustified.length} unjustified.`,
  );
  process.exitCode = unjustified.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`audit:electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}

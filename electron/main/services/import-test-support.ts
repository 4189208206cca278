import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { withTempDir } from '../store/test-support';
import { createServices, type Services, type ServicesOptions } from './create-services';
import { callerOf } from './test-support';

/**
 * Services on the real import pipeline (worker, extraction, analysis) in a temporary folder without
 * samples, for the import integration tests. Test helper only.
 */
export async function withRealServices(
  run: (call: ReturnType<typeof callerOf>, services: Services, dir: string) => Promise<void>,
  extra: Partial<ServicesOptions> = {},
): Promise<void> {
  await withTempDir(async (dir) => {
    await mkdir(path.join(dir, 'resources', 'samples'), { recursive: true });
    const services = await createServices({ dataDir: path.join(dir, 'data'), resourcesDir: path.join(dir, 'resources'), shell: 'cli', log: () => {}, ...extra });
    try {
      await run(callerOf(services.handlers), services, dir);
    } finally {
      await services.close();
    }
  });
}

/** A wire story as plain text: headline, dateline lead and a few paragraphs of invented copy. */
export function wireStory(topic: string, variant = ''): string {
  return [
    `${topic[0]!.toUpperCase()}${topic.slice(1)} plan approved after long debate${variant}`,
    '',
    `LONDON (Wire) - Councillors approved the ${topic} plan on Tuesday after a debate that lasted more than six hours, officials said.`,
    '',
    `The ${topic} scheme will cost about 4.5 million pounds and is due to open next spring, according to the council's own figures.`,
    '',
    `“We have listened to residents,” said the council leader, adding that the ${topic} plan had been changed twice since the summer.`,
    '',
    `Opponents said they would consider a legal challenge to the ${topic} decision – though no date has been set for a hearing.`,
  ].join('\n');
}

export const base64 = (data: string | Uint8Array): string => Buffer.from(data).toString('base64');

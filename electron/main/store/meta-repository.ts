import type { Settings } from '../../../shared/domain/model';
import type { JsonDocument } from './json-document';
import type { MetaFile } from './store-files';

/** meta.json: the schema version, the settings and the first-start flag. */
export class MetaRepository {
  constructor(private readonly doc: JsonDocument<MetaFile>) {}

  get schemaVersion(): number {
    return this.doc.peek().schemaVersion;
  }

  get seededSample(): boolean {
    return this.doc.peek().seededSample;
  }

  settings(): Settings {
    return structuredClone(this.doc.peek().settings);
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = await this.doc.update((meta) => ({ ...meta, settings: { ...meta.settings, ...patch } }));
    return structuredClone(next.settings);
  }

  async markSeeded(): Promise<void> {
    await this.doc.update((meta) => ({ ...meta, seededSample: true }));
  }

  /** Writes the file as it is in memory: used once on a new store so the version is recorded on disk. */
  async persist(): Promise<void> {
    await this.doc.update((meta) => meta);
  }
}

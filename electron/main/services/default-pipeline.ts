import { analyzePage } from '../../../shared/domain/analyze';
import { createStoryGrouper } from '../../../shared/domain/group';
import { DecodeError, decodeText } from '../ingest/decode';
import { IngestError } from '../ingest/ingest-error';
import type { ImportPipeline } from './import-pipeline';

/** The real domain steps of an import. */
export const defaultPipeline: ImportPipeline = {
  decode(bytes, name) {
    try {
      return decodeText(bytes).text;
    } catch (error) {
      // decodeText says what is wrong with the bytes; the report must also say which file.
      throw error instanceof DecodeError ? new IngestError(name, error.message) : error;
    }
  },
  analyze: analyzePage,
  createGrouper: () => createStoryGrouper(),
};

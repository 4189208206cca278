import { ApiFailure } from '../../../shared/api/errors';
import { overLimit } from '../../../shared/domain/import-limit';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const tooLarge = (name: string, size: number, limit: number) =>
  new ApiFailure('too-large', `${name}: ${overLimit(size, limit)}`, {
    file: name,
    limit,
  });

/**
 * The bytes of an uploaded file, refused before decoding when the size (known from the base64 length) is
 * over the limit, so a huge file never occupies memory twice. Node's decoder silently skips bad characters,
 * hence the explicit check.
 */
export function bytesFromBase64(name: string, data: string, limit: number): Uint8Array {
  const compact = data.replace(/\s+/g, '');
  const size = Math.floor((compact.length * 3) / 4) - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
  if (size > limit) throw tooLarge(name, size, limit);
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new ApiFailure('unreadable', `${name} did not arrive intact (its data is not valid base64).`, { file: name });
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

import { ApiFailure } from '../../../shared/api/errors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Human size for messages: "52.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const tooLarge = (name: string, size: number, limit: number) =>
  new ApiFailure('too-large', `${name} is ${formatBytes(size)}, over the import limit of ${formatBytes(limit)} (see Settings).`, {
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

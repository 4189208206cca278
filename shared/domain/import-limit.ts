/** Human size for messages: "4.0 KB", "312 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024 ** 3, 'GB'];
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${unit}`;
}

/** The problem stated for a file over the import limit, the limit named so the editor knows what to change. */
export const overLimit = (size: number, limit: number): string => `${formatBytes(size)} is over the ${formatBytes(limit)} import limit (Settings)`;

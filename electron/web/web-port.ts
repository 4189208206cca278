/** Environment variable choosing the browser twin's port (0 or unset: any free port). */
export const PORT_ENV = 'COPYDESK_PORT';

/** The port from `--port N` (first) or COPYDESK_PORT, else 0; a value that is not a port is an error. */
export function portFrom(argv: readonly string[], env: Record<string, string | undefined>): number {
  const flag = argv.indexOf('--port');
  const raw = flag >= 0 ? argv[flag + 1] : env[PORT_ENV];
  if (raw === undefined || raw.trim() === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`${flag >= 0 ? '--port' : PORT_ENV} must be a port number (0–65535), not "${raw}".`);
  }
  return port;
}

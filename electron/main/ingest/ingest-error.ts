/** A file that cannot be imported: the message always names the file and the problem, for the UI and the CLI. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'IngestError';
  }
}

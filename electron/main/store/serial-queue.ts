/**
 * Runs tasks one after another, in call order. Each store file owns one, so two saves of the same file can
 * never interleave their read-modify-write steps, while different files still write in parallel.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The queue continues after a failed task; the failure still reaches this task's caller.
    this.tail = result.catch(() => {});
    return result;
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => {});
  }
}

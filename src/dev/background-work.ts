// Work the dev server does after it has answered, like refreshing the search index after an edit, so that a reload
// need not wait for it; closing the server waits for it instead.

/** Tasks running in the background, reported rather than thrown when they fail, and awaited all together on close. */
export class BackgroundWork {
  readonly #running = new Set<Promise<void>>();

  /** Starts `task` without waiting for it; a failure is printed as one line. */
  start(name: string, task: () => Promise<void>): void {
    const running: Promise<void> = task()
      .catch((error: unknown) => console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  /**
   * Returns a function that starts `task` in the background, one run at a time: asked again while it runs, it runs
   * once more afterwards (however often it was asked), so the last request is always served by a run that began after it.
   */
  refresher(name: string, task: () => Promise<void>): () => void {
    let running = false;
    let queued = false;
    const run = (): void => {
      running = true;
      queued = false;
      this.start(name, async () => {
        try {
          await task();
        } finally {
          running = false;
          if (queued) run();
        }
      });
    };
    return () => {
      if (running) queued = true;
      else run();
    };
  }

  /** Resolves once no task is running, including tasks started while waiting. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
  }
}

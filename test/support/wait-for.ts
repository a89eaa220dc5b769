/** Polls `predicate` until it returns true (or a truthy value), or fails after `timeoutMs`, naming `description` (a string, or a function read at the timeout). */
export async function waitFor<T>(
  predicate: () => Promise<T> | T,
  opts: { timeoutMs?: number; intervalMs?: number; description?: string | (() => string) } = {},
): Promise<NonNullable<T>> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const intervalMs = opts.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      // A function is read at the timeout, so it can say what a process printed by then.
      const what = typeof opts.description === 'function' ? opts.description() : opts.description;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what ?? 'condition'}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

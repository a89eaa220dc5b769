/**
 * Checks on an event's text made before and after JSON.parse, for what the schema cannot
 * see but the rest of the worker could not take: nesting so deep that JSON.stringify (and
 * Postgres's jsonb, SQLSTATE 54001) overflow their stacks, and strings that are not Unicode
 * text (a lone UTF-16 surrogate escaped as `\ud800`, which Postgres refuses in jsonb and
 * node-postgres silently turns into U+FFFD in text columns).
 */

/** The deepest nesting of objects and arrays accepted: the contract needs 4; unknown fields get room to grow. */
export const MAX_NESTING_DEPTH = 32;

/** The largest event accepted, in bytes: about a thousand times a typical event, and half of Kafka's default message size. */
export const MAX_EVENT_BYTES = 512 * 1024;

/**
 * The nesting depth of a JSON text, counted without parsing it and without recursion; stops
 * (returning a value above `limit`) as soon as it passes `limit`.
 */
export function jsonNestingDepth(text: string, limit: number = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** A JSON escape of a UTF-16 surrogate: the only way a lone one can reach a decoded string (raw bytes are checked as UTF-8). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path (`data.displayName`, `data.lines.0.description`, a key's own path) of the first
 * string holding a lone UTF-16 surrogate, or null. `text` is the JSON it was parsed from:
 * without a surrogate escape in it, nothing is walked.
 */
export function loneSurrogatePath(text: string, parsed: unknown): string | null {
  if (!SURROGATE_ESCAPE.test(text)) return null;
  const stack: Array<{ value: unknown; path: string }> = [{ value: parsed, path: '' }];
  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return path || '(root)';
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: join(path, String(i)) });
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).reverse();
      for (const [key, v] of entries) {
        if (LONE_SURROGATE.test(key)) return join(path, `(key ${JSON.stringify(key)})`);
        stack.push({ value: v, path: join(path, key) });
      }
    }
  }
  return null;
}

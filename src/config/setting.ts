import { z } from 'zod';

/**
 * The leaves of the config schema: each reads one environment variable (its name written once,
 * here), applies its default, validates, and says what production refuses. A bad value's
 * message starts with the variable's name.
 */

/** Why a value is refused under NODE_ENV=production (e.g. "is the development placeholder"), or undefined. */
export type ProductionRule<T> = (value: T) => string | undefined;

export interface SettingMeta {
  /** The environment variable the setting reads. */
  env: string;
  /** Under NODE_ENV=production: why the variable's raw value (a development default, a test knob) is refused, or undefined. */
  refuseInProduction?: (raw: string | undefined) => string | undefined;
}

/** Which schemas are settings, and of which variable. */
export const settingRegistry = z.registry<SettingMeta>();

interface Options<T> {
  /** Refused in production when this returns a reason. */
  production?: ProductionRule<T>;
}

function leaf<S extends z.ZodType>(env: string, schema: S, options: Options<z.output<S>> = {}): S {
  const rule = options.production;
  // The rule judges the parsed value; a value that does not parse is reported by the parse itself.
  const refuseInProduction =
    rule &&
    ((rawValue: string | undefined) => {
      const parsed = schema.safeParse(rawValue);
      return parsed.success ? rule(parsed.data) : undefined;
    });
  settingRegistry.add(schema, { env, refuseInProduction });
  return schema;
}

const raw = () => z.string().optional();
const isUnset = (v: string | undefined): v is undefined => v === undefined || v.trim() === '';

/** An integer in [min, max]. */
function int(env: string, def: number, min: number, max: number, options?: Options<number>) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) return def;
    if (!/^-?\d+$/.test(v.trim())) {
      ctx.addIssue({ code: 'custom', message: `${env} must be an integer, got "${v}"` });
      return z.NEVER;
    }
    const n = Number(v);
    if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${env} must be between ${min} and ${max}, got ${n}` });
      return z.NEVER;
    }
    return n;
  });
  return leaf(env, schema, options);
}

/** true/false, 1/0, yes/no, on/off. */
function flag(env: string, def: boolean) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) return def;
    const t = v.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(t)) return true;
    if (['0', 'false', 'no', 'off'].includes(t)) return false;
    ctx.addIssue({ code: 'custom', message: `${env} must be true or false, got "${v}"` });
    return z.NEVER;
  });
  return leaf(env, schema);
}

/** A trimmed non-empty string; required when there is no default; `check` validates it further. */
function text(
  env: string,
  def?: string,
  options: Options<string> & { check?: { test: (v: string) => boolean; message: string } } = {},
) {
  const { check } = options;
  const schema = raw().transform((v, ctx) => {
    const value = isUnset(v) ? def : v.trim();
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: `${env} is required` });
      return z.NEVER;
    }
    if (check && !check.test(value)) {
      ctx.addIssue({ code: 'custom', message: `${env} ${check.message}` });
      return z.NEVER;
    }
    return value;
  });
  return leaf(env, schema, options);
}

/** One of a few words. */
function oneOf<const T extends readonly [string, ...string[]]>(env: string, values: T, def: T[number]) {
  const list = values.length === 2 ? `${values[0]} or ${values[1]}` : `one of ${values.join(', ')}`;
  const schema = raw().transform((v, ctx): T[number] => {
    const value = isUnset(v) ? def : v.trim();
    const found = values.find((w) => w === value);
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `${env} must be ${list}` });
      return z.NEVER;
    }
    return found;
  });
  return leaf(env, schema);
}

function topic(env: string, def: string) {
  return text(env, def, {
    check: { test: (v) => /^[a-zA-Z0-9._-]{1,249}$/.test(v), message: 'must be a Kafka topic name (letters, digits, ".", "_", "-")' },
  });
}

/** An optional absolute http(s) URL; trailing slashes dropped; unset gives undefined. */
function url(env: string, options?: Options<string | undefined>) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) return undefined;
    const t = v.trim().replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+/.test(t)) {
      ctx.addIssue({ code: 'custom', message: `${env} must be an http(s) URL, got "${v}"` });
      return z.NEVER;
    }
    return t;
  });
  return leaf(env, schema, options);
}

/** An optional secret: unset or empty gives null; otherwise at least `min` characters. */
function secret(env: string, min: number) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) return null;
    if (v.trim().length < min) {
      ctx.addIssue({ code: 'custom', message: `${env} must be at least ${min} characters (e.g. \`openssl rand -base64 32\`)` });
      return z.NEVER;
    }
    return v.trim();
  });
  return leaf(env, schema);
}

/** 32 bytes as base64 or hex; unset gives null. */
function aesKey(env: string) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) return null;
    const t = v.trim();
    const key = parseAesKey(t);
    if (key === null) {
      ctx.addIssue({ code: 'custom', message: `${env} must be 32 bytes as base64 (44 chars) or hex (64 chars)` });
      return z.NEVER;
    }
    return key;
  });
  return leaf(env, schema);
}

function parseAesKey(t: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t, 'base64') : null;
  return key !== null && key.length === 32 ? key : null;
}

/** `id:key,id:key` (each key 32 bytes as base64 or hex, ids distinct); unset gives []. */
function keyList(env: string) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) return [];
    const out: Array<{ id: string; key: Buffer }> = [];
    for (const item of v.split(',').map((x) => x.trim()).filter((x) => x.length > 0)) {
      const at = item.indexOf(':');
      const id = at > 0 ? item.slice(0, at) : '';
      const key = at > 0 ? parseAesKey(item.slice(at + 1)) : null;
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id) || key === null || out.some((k) => k.id === id)) {
        ctx.addIssue({ code: 'custom', message: `${env} must be a comma-separated list of <id>:<32-byte key as base64 or hex> with distinct ids` });
        return z.NEVER;
      }
      out.push({ id, key });
    }
    return out;
  });
  return leaf(env, schema);
}

/** A required comma-separated list of host:port. */
function hostPorts(env: string) {
  const schema = raw().transform((v, ctx) => {
    if (isUnset(v)) {
      ctx.addIssue({ code: 'custom', message: `${env} is required` });
      return z.NEVER;
    }
    const t = v.trim();
    const list = t.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
    if (list.length === 0 || list.some((b) => !/^[^\s:]+:\d{1,5}$/.test(b))) {
      ctx.addIssue({ code: 'custom', message: `${env} must be a comma-separated list of host:port, got "${t}"` });
      return z.NEVER;
    }
    return list;
  });
  return leaf(env, schema);
}

export const setting = { int, flag, text, oneOf, topic, url, secret, aesKey, keyList, hostPorts };

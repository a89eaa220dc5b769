import { z } from 'zod';
import { SettingMeta, settingRegistry } from './setting';

/** One setting found in the schema: where it lands, what it reads, and the raw value read. */
export interface SettingRead {
  path: string;
  meta: SettingMeta;
  raw: string | undefined;
}

/**
 * Walks the config schema and gives the input it parses: the same nesting, with each setting's
 * raw environment value at its place. Objects (also behind a `.transform`) are walked; every
 * other schema must be a setting.
 */
export function readEnv(schema: z.core.$ZodType, env: NodeJS.ProcessEnv): { input: unknown; settings: SettingRead[] } {
  const settings: SettingRead[] = [];
  const walk = (node: z.core.$ZodType, path: string[]): unknown => {
    const meta = settingRegistry.get(node);
    if (meta !== undefined) {
      const raw = env[meta.env];
      settings.push({ path: path.join('.'), meta, raw });
      return raw;
    }
    if (node instanceof z.ZodObject) {
      const shape: Record<string, z.core.$ZodType> = node.shape;
      return Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, walk(child, [...path, key])]));
    }
    if (node instanceof z.ZodPipe) return walk(node.in, path);
    throw new Error(`config schema: "${path.join('.')}" is neither a setting nor an object of settings`);
  };
  return { input: walk(schema, []), settings };
}

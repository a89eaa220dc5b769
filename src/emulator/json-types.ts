/** Plain JSON values as they travel over the wire and sit in the emulator's store. */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonObject | JsonValue[];
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy through JSON, dropping undefined members. */
export function cloneJson<T extends JsonValue | JsonObject>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Reads a dotted path ("MetaData.LastUpdatedTime") from an object. */
export function readPath(obj: JsonObject, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = obj;
  for (const part of path.split('.')) {
    if (!isJsonObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

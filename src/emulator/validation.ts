import { Decimal } from './decimal';
import { QboFault } from './fault-shapes';
import { isJsonObject, type JsonObject, type JsonValue } from './json-types';

/** Field rules that do not depend on the rest of the company (lengths, characters, formats). */

export function invalidProperty(field: string, why: string): QboFault {
  return QboFault.validation(
    '2010',
    'Request has invalid or unsupported property',
    `Property Name:${field} specified is unsupported or invalid: ${why}`,
    field,
  );
}

export function requiredMissing(field: string): QboFault {
  return QboFault.validation(
    '2020',
    'Required param missing, need to supply the required value for the API',
    `Required parameter ${field} is missing in the request`,
    field,
  );
}

export function tooLong(field: string, max: number, length: number): QboFault {
  return QboFault.validation(
    '2050',
    'String length is either shorter or longer than supported by specification',
    `String length specified does not match the supported length. Min:0 Max:${max} supplied length:${length}`,
    field,
  );
}

/** Reads an optional string member; anything but a string (or null) is rejected. */
export function optionalString(obj: JsonObject, field: string, path = field): string | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidProperty(path, 'expected a string');
  return value;
}

export function optionalObject(obj: JsonObject, field: string): JsonObject | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) throw invalidProperty(field, 'expected an object');
  return value;
}

export function optionalBoolean(obj: JsonObject, field: string): boolean | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidProperty(field, 'expected true or false');
  return value;
}

export function checkLength(value: string | undefined, field: string, max: number): void {
  if (value !== undefined && [...value].length > max) throw tooLong(field, max, [...value].length);
}

const forbiddenNameCharacters = /[:\t\n\r]/;

export function checkNameCharacters(value: string | undefined, field: string): void {
  if (value !== undefined && forbiddenNameCharacters.test(value)) {
    throw QboFault.validation(
      '6000',
      'A business validation error has occurred while processing your request',
      `Business Validation Error: ${field} must not contain a colon (:), a tab or a newline.`,
      field,
    );
  }
}

export function checkEmail(address: string, field: string): void {
  const at = address.indexOf('@');
  const valid =
    at > 0 && at < address.length - 1 && address.includes('.') && !/\s/.test(address) && address.indexOf('@', at + 1) === -1;
  if (!valid) {
    throw QboFault.validation(
      '2050',
      'Invalid Email Address format',
      `Email Address does not conform to the syntax rules of RFC 822. Supplied value:${address}`,
      field,
    );
  }
}

/** YYYY-MM-DD and a real calendar date. */
export function checkDate(value: string | undefined, field: string): void {
  if (value === undefined) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const valid =
    match !== null &&
    (() => {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    })();
  if (!valid) throw invalidProperty(field, `date must be YYYY-MM-DD, got "${value}"`);
}

/** A monetary or quantity value: a JSON number or a decimal string. */
export function optionalDecimal(obj: JsonObject, field: string, path: string): Decimal | undefined {
  const value: JsonValue | undefined = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' && typeof value !== 'string') throw invalidProperty(path, 'expected a number');
  const parsed = Decimal.parse(value);
  if (parsed === null) throw invalidProperty(path, `not a number: ${String(value)}`);
  return parsed;
}

/** Reads a reference {value, name?} and returns its value. */
export function optionalRef(obj: JsonObject, field: string): string | undefined {
  const ref = optionalObject(obj, field);
  if (ref === undefined) return undefined;
  const value = ref['value'];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') throw invalidProperty(`${field}.value`, 'expected an Id');
  return value.trim();
}

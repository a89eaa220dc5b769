import { inject, injectable, ServiceIdentifier } from 'inversify';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The id a bare 32-byte key gets (QBO_TOKEN_ENCRYPTION_KEY_ID's default). */
export const DEFAULT_KEY_ID = 'k1';
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Raised when the key is missing or malformed: the worker must not start without a usable key. */
export class TokenKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenKeyError';
  }
}

/**
 * The token-encryption keys by id: `currentId` encrypts every new value; the others (retired
 * keys, QBO_TOKEN_ENCRYPTION_OLD_KEYS) only decrypt what was written with them until
 * `rotate-key` has re-encrypted it.
 */
export interface TokenKeyring {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** The keyring of QBO_TOKEN_ENCRYPTION_KEY(_ID) and QBO_TOKEN_ENCRYPTION_OLD_KEYS; null when no key is set. */
export const TOKEN_KEYRING: ServiceIdentifier<TokenKeyring | null> = Symbol.for('TokenKeyring');

/** A keyring of one key (tests, the demo). */
export function singleKeyring(key: Buffer, id = DEFAULT_KEY_ID): TokenKeyring {
  return { currentId: id, keys: new Map([[id, key]]) };
}

/**
 * AES-256-GCM for tokens at rest. Each value gets a fresh random 96-bit IV; the stored form is
 * `v2.<key id>.<base64 iv>.<base64 tag>.<base64 ciphertext>`, naming the key that encrypted it,
 * so keys can be rotated: new values use the current key, older ones stay readable while their
 * key is in the keyring. The first format, `v1.<iv>.<tag>.<ciphertext>`, named no key: it is
 * tried with each key of the keyring (the GCM tag tells which one it was).
 * The tenant id is bound in as associated data, so a ciphertext copied onto another tenant's row
 * does not decrypt. Keys: 32 bytes (base64 or hex), e.g. `openssl rand -base64 32`.
 */
@injectable()
export class TokenCipher {
  private readonly keyring: TokenKeyring;

  constructor(@inject(TOKEN_KEYRING) keys: TokenKeyring | Buffer | null | undefined) {
    if (!keys) throw new TokenKeyError('QBO_TOKEN_ENCRYPTION_KEY is required (32 bytes, base64 or hex): generate one with `openssl rand -base64 32`');
    const ring = Buffer.isBuffer(keys) ? singleKeyring(keys) : keys;
    for (const [id, key] of ring.keys) {
      if (!KEY_ID_PATTERN.test(id)) throw new TokenKeyError(`token key id "${id}" must be 1-32 letters, digits, "_" or "-"`);
      if (key.length !== 32) throw new TokenKeyError(`QBO_TOKEN_ENCRYPTION_KEY (id ${id}) must be 32 bytes, got ${key.length}`);
    }
    if (!ring.keys.has(ring.currentId)) throw new TokenKeyError(`the current token key id "${ring.currentId}" has no key`);
    this.keyring = { currentId: ring.currentId, keys: new Map([...ring.keys].map(([id, k]) => [id, Buffer.from(k)])) };
  }

  /** The id of the key new values are encrypted with. */
  get currentKeyId(): string {
    return this.keyring.currentId;
  }

  encrypt(plaintext: string, associatedData: string): string {
    const id = this.keyring.currentId;
    const key = this.keyring.keys.get(id) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v2', id, iv.toString('base64'), tag.toString('base64'), ct.toString('base64')].join('.');
  }

  decrypt(stored: string, associatedData: string): string {
    const parsed = parseStored(stored);
    if (parsed.keyId === null) {
      // v1 named no key: the one that authenticates it is the one.
      for (const key of this.keyring.keys.values()) {
        const plain = tryDecrypt(key, parsed, associatedData);
        if (plain !== null) return plain;
      }
      throw new TokenKeyError('a stored token (v1, no key id) could not be decrypted with any configured key: wrong keys or tampered data');
    }
    const key = this.keyring.keys.get(parsed.keyId);
    if (key === undefined) {
      throw new TokenKeyError(`a stored token was encrypted with key "${parsed.keyId}", which is not configured (QBO_TOKEN_ENCRYPTION_OLD_KEYS)`);
    }
    const plain = tryDecrypt(key, parsed, associatedData);
    if (plain === null) throw new TokenKeyError(`a stored token could not be decrypted with key "${parsed.keyId}": wrong key or tampered data`);
    return plain;
  }

  /** The key id a stored value names ("v1" values name none: null). */
  keyIdOf(stored: string): string | null {
    return parseStored(stored).keyId;
  }

  /** True when the value is not yet under the current key (rotate-key re-encrypts it). */
  needsRotation(stored: string): boolean {
    return this.keyIdOf(stored) !== this.keyring.currentId;
  }
}

interface Parsed {
  keyId: string | null;
  iv: Buffer;
  tag: Buffer;
  ct: Buffer;
}

function parseStored(stored: string): Parsed {
  const parts = stored.split('.');
  if (parts[0] === 'v1' && parts.length === 4) {
    return { keyId: null, iv: b64(parts[1]), tag: b64(parts[2]), ct: b64(parts[3]) };
  }
  if (parts[0] === 'v2' && parts.length === 5) {
    return { keyId: parts[1] ?? '', iv: b64(parts[2]), tag: b64(parts[3]), ct: b64(parts[4]) };
  }
  throw new TokenKeyError('stored token has an unknown format');
}

function b64(s: string | undefined): Buffer {
  return Buffer.from(s ?? '', 'base64');
}

function tryDecrypt(key: Buffer, p: Parsed, associatedData: string): string | null {
  const decipher = createDecipheriv('aes-256-gcm', key, p.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  try {
    decipher.setAuthTag(p.tag);
    return Buffer.concat([decipher.update(p.ct), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

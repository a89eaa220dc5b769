import { inject, injectable, ServiceIdentifier } from 'inversify';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Raised when the key is missing or malformed: the worker must not start without a usable key. */
export class TokenKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenKeyError';
  }
}

/**
 * AES-256-GCM for tokens at rest. Each value gets a fresh random 96-bit IV; the stored form is
 * `v1.<base64 iv>.<base64 tag>.<base64 ciphertext>`. The tenant id is bound in as associated
 * data, so a ciphertext copied onto another tenant's row does not decrypt.
 * Key: 32 bytes from QBO_TOKEN_ENCRYPTION_KEY (base64 or hex), e.g. `openssl rand -base64 32`.
 */
/** The 32-byte key that encrypts QuickBooks tokens at rest (QBO_TOKEN_ENCRYPTION_KEY). */
export const TOKEN_ENCRYPTION_KEY: ServiceIdentifier<Buffer | null> = Symbol.for('TokenEncryptionKey');

@injectable()
export class TokenCipher {
  private readonly key: Buffer;

  constructor(@inject(TOKEN_ENCRYPTION_KEY) key: Buffer | null | undefined) {
    if (!key) throw new TokenKeyError('QBO_TOKEN_ENCRYPTION_KEY is required (32 bytes, base64 or hex): generate one with `openssl rand -base64 32`');
    if (key.length !== 32) throw new TokenKeyError(`QBO_TOKEN_ENCRYPTION_KEY must be 32 bytes, got ${key.length}`);
    this.key = Buffer.from(key);
  }

  encrypt(plaintext: string, associatedData: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, iv.toString('base64'), tag.toString('base64'), ct.toString('base64')].join('.');
  }

  decrypt(stored: string, associatedData: string): string {
    const [version, ivB64, tagB64, ctB64] = stored.split('.');
    if (version !== VERSION || ivB64 === undefined || tagB64 === undefined || ctB64 === undefined) {
      throw new TokenKeyError('stored token has an unknown format');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(ivB64, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(tagB64, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ctB64, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new TokenKeyError('a stored token could not be decrypted: wrong QBO_TOKEN_ENCRYPTION_KEY or tampered data');
    }
  }
}

import { inject, injectable } from 'inversify';
import { LOGGER } from '../tokens';
import type { Logger } from '../logger';
import { QboConnectionRepository } from './qbo-connection-repository';
import { TokenCipher } from './token-cipher';
import { TOKEN_MANAGER_OPTIONS, TokenManagerOptions } from './token-manager';

export interface RotateTokenKeyResult {
  currentKeyId: string;
  /** Tenants whose stored tokens were looked at. */
  examined: number;
  /** Tenants whose tokens were re-encrypted with the current key. */
  rewritten: number;
  /** Tenants whose tokens could not be read (their key is not configured): they still need it. */
  failed: Array<{ tenantId: string; reason: string }>;
  /** Stored tokens per key id afterwards: only the current id means every retired key can go. */
  tokensByKey: Record<string, number>;
}

const PAGE = 200;

/**
 * `qbo-sync rotate-key`: re-encrypts every stored QuickBooks token with the current key
 * (QBO_TOKEN_ENCRYPTION_KEY, id QBO_TOKEN_ENCRYPTION_KEY_ID), one tenant at a time under its
 * row lock, so that a retired key (QBO_TOKEN_ENCRYPTION_OLD_KEYS) is no longer needed.
 * Idempotent: a second run rewrites nothing; a run interrupted halfway is simply run again.
 */
@injectable()
export class RotateTokenKey {
  private readonly log: Logger;

  constructor(
    @inject(QboConnectionRepository) private readonly connections: QboConnectionRepository,
    @inject(TokenCipher) private readonly cipher: TokenCipher,
    @inject(TOKEN_MANAGER_OPTIONS) private readonly tokenOptions: TokenManagerOptions,
    @inject(LOGGER) logger: Logger,
  ) {
    this.log = logger.child({ component: 'rotate-token-key' });
  }

  async run(): Promise<RotateTokenKeyResult> {
    let examined = 0;
    let rewritten = 0;
    const failed: RotateTokenKeyResult['failed'] = [];
    let after = '';
    for (;;) {
      const page = await this.connections.tenantsWithTokens(after, PAGE);
      for (const tenantId of page) {
        examined += 1;
        try {
          if (await this.connections.reencryptTokens(tenantId, this.tokenOptions.lockTimeoutMs)) rewritten += 1;
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          failed.push({ tenantId, reason });
          this.log.error({ tenantId, err: e }, 'could not re-encrypt a tenant\'s tokens');
        }
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1] as string;
    }
    const tokensByKey = await this.connections.countTokensByKey();
    this.log.warn({ currentKeyId: this.cipher.currentKeyId, examined, rewritten, failed: failed.length, tokensByKey }, 'token key rotation done');
    return { currentKeyId: this.cipher.currentKeyId, examined, rewritten, failed, tokensByKey };
  }
}

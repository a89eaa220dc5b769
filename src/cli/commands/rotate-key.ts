import type { CliCommand, CliContext } from '../cli-command';
import { QboConnectionRepository } from '../../qbo/qbo-connection-repository';
import { RotateTokenKey } from '../../qbo/rotate-token-key';
import { TokenCipher } from '../../qbo/token-cipher';

/**
 * `qbo-sync rotate-key [--check]`: re-encrypts every stored QuickBooks token with the current key.
 * The procedure (README "Rotating the token key"): add the new key as QBO_TOKEN_ENCRYPTION_KEY
 * with a new QBO_TOKEN_ENCRYPTION_KEY_ID, move the old one to QBO_TOKEN_ENCRYPTION_OLD_KEYS,
 * roll out, run this, then drop the old key once it reports only the current id.
 */
export const rotateKey: CliCommand = {
  name: 'rotate-key',
  usage: 'rotate-key [--check]',
  summary: 're-encrypt every stored QuickBooks token with the current key (--check: only count tokens per key)',
  async run(ctx: CliContext, args: string[]): Promise<number> {
    const current = ctx.container.get(TokenCipher).currentKeyId;
    if (args.includes('--check')) {
      const byKey = await ctx.container.get(QboConnectionRepository).countTokensByKey();
      ctx.out(`current key: ${current}`);
      ctx.out(`stored tokens by key: ${formatCounts(byKey)}`);
      const stale = Object.keys(byKey).filter((k) => k !== current);
      ctx.out(stale.length === 0 ? 'every token is under the current key: retired keys are no longer needed' : `still needed: ${stale.join(', ')} (run rotate-key)`);
      return 0;
    }
    const r = await ctx.container.get(RotateTokenKey).run();
    ctx.out(`current key: ${r.currentKeyId}; tenants examined: ${r.examined}; re-encrypted: ${r.rewritten}; failed: ${r.failed.length}`);
    for (const f of r.failed.slice(0, 50)) ctx.out(`  ${f.tenantId}: ${f.reason}`);
    ctx.out(`stored tokens by key now: ${formatCounts(r.tokensByKey)}`);
    const stale = Object.keys(r.tokensByKey).filter((k) => k !== r.currentKeyId);
    ctx.out(stale.length === 0 ? 'every token is under the current key: retired keys can be removed from QBO_TOKEN_ENCRYPTION_OLD_KEYS' : `still under other keys: ${stale.join(', ')}`);
    return r.failed.length > 0 || stale.length > 0 ? 1 : 0;
  },
};

function formatCounts(byKey: Record<string, number>): string {
  const entries = Object.entries(byKey);
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k}=${n}`).join(', ');
}

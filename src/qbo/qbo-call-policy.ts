import { injectable } from 'inversify';
import { Logger } from '../logger';
import type { Metrics } from '../metrics/metrics';
import { classifyThrown } from './error-classifier';
import { NqSend, QuickBooks } from './node-quickbooks-sdk';
import { runInScope } from './node-quickbooks-scope';
import { QboError } from './qbo-error';
import { realmChangedError } from './realm-guard';
import { RealmRateLimiter, RequestKind } from './realm-rate-limiter';
import { AccessGrant } from './token-manager';
import { CallLabel, CallPurpose, currentCallLabel } from './qbo-call-purpose';
import type { ProbeRead, RefusalVerdict } from './qbo-read-budget';
import { CallCost, CORE_CALL, COREPLUS_CALL } from './qbo-usage-meter';

/** How every QBO call is made: where, with which app credentials, and how hard to retry. */
export interface QboCallSettings {
  clientId: string;
  clientSecret: string;
  /** Origin of the accounting API, without /v3/company (Intuit's, or the emulator's URL). */
  apiBaseUrl: string;
  minorVersion: number;
  requestTimeoutMs: number;
  /** Retries of retriable failures after the first attempt. */
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** How long a realm pauses after a 429 (QBO asks for 60 s). */
  throttlePauseMs: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Where the client gets tokens: TokenManager. */
export interface AccessTokenSource {
  getAccess(tenantId: string): Promise<AccessGrant>;
  refreshAfterRejection(tenantId: string, rejectedAccessToken: string): Promise<AccessGrant>;
  /** The API said the connection lost its rights (403 / 3100): the tenant needs a reconnect (if still on that company). */
  connectionLost(tenantId: string, realmId: string, reason: string): Promise<void>;
}

/** One logical call, for the rate limiter and the logs. */
export interface QboOperation {
  name: string;
  kind?: RequestKind;
  /** Extra query parameters (the batch requestid). */
  params?: Record<string, string>;
  /** Changes the company (create, update, void, batch): the write gate is asked before every attempt. */
  write?: boolean;
  /** The company the write was computed for: a grant for another company refuses it (REALM_CHANGED) before anything is sent. */
  realmId?: string;
  /** What the call costs in Intuit's metering; default: a write is one Core call, anything else one CorePlus call (a batch counts its items). */
  cost?: CallCost;
  /** The read that tells the app's cap from one company's rights (QboReadBudget): never held back, never judged itself. */
  probe?: boolean;
}

/** Where calls are counted and reads ask first: QboReadBudget. */
export interface CallSpending {
  admit(realmId: string, label: CallLabel): Promise<void>;
  record(tenantId: string, realmId: string, cost: CallCost, purpose: CallPurpose): Promise<void>;
  readAnswered(realmId: string): Promise<void>;
  readRefused(tenantId: string, realmId: string, probe: ProbeRead): Promise<RefusalVerdict>;
  rightsLost(realmId: string): Promise<void>;
  readThrottled(): Promise<boolean>;
}

/** Asked before every attempt of a write: QboWriteGate. */
export interface WriteGate {
  check(tenantId: string, realmId: string): Promise<void>;
}

/**
 * The policy around every QBO call: a token for the tenant, a slot from the realm's rate limiter,
 * for a write, the write gate (the tenant is enabled and still connected to this grant's
 * company, read from Postgres at that moment), a fresh node-quickbooks instance pointed at the
 * configured base URL, a timeout, then classification of any failure. Retriable failures are retried with exponential backoff and
 * jitter, sending the same requestid and the same body; a 401/3200 refreshes the token once;
 * a 429 pauses the realm; a second HTTP 500 is not retried.
 */
@injectable()
export class QboCallPolicy {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(
    private readonly tokens: AccessTokenSource,
    private readonly limiter: RealmRateLimiter,
    private readonly settings: QboCallSettings,
    private readonly logger: Logger,
    private readonly gate: WriteGate,
    private readonly spending: CallSpending,
    private readonly metrics?: Metrics,
  ) {
    this.sleep = settings.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = settings.random ?? Math.random;
  }

  /**
   * One logical call: token, limiter slot, timeout, classification, bounded retries with the
   * same body (the `send` closure rebuilds the same body each time), one refresh on 401/3200.
   */
  async execute(tenantId: string, op: QboOperation, send: NqSend): Promise<unknown> {
    const cost = op.cost ?? (op.write === true ? CORE_CALL : COREPLUS_CALL);
    const reads = cost.corePlus > 0;
    // Writes count as 'write' whatever the caller's label; reads under the caller's label (withCallPurpose).
    const label: CallLabel = op.probe
      ? { purpose: 'probe', deferrable: false }
      : !reads
        ? { purpose: 'write', deferrable: false }
        : (currentCallLabel() ?? { purpose: 'other', deferrable: false });
    let refreshed = false;
    let retries = 0;
    let serverErrors500 = 0;
    let grant: AccessGrant | undefined;
    for (;;) {
      let failure: QboError;
      let realmId: string | undefined = grant?.realmId;
      let sent = false;
      try {
        grant = grant ?? (await this.tokens.getAccess(tenantId));
        realmId = grant.realmId;
        if (op.realmId !== undefined && grant.realmId !== op.realmId) throw realmChangedError(tenantId, op.realmId, op.name);
        if (op.write === true) await this.gate.check(tenantId, grant.realmId);
        if (reads && !op.probe) await this.spending.admit(grant.realmId, label);
        const release = await this.limiter.acquire(grant.realmId, op.kind ?? 'request');
        let body: unknown;
        try {
          sent = true;
          body = await this.callOnce(grant, op, send);
          this.metrics?.qboCalls.inc({ operation: op.name, outcome: 'ok', code: '' });
        } finally {
          await release();
        }
        // Counting never turns an answered call into a failure (that would send it again).
        const answeredRealm = grant.realmId;
        await this.spending.record(tenantId, answeredRealm, cost, label.purpose).catch((e: unknown) => this.logger.warn({ err: e, tenantId }, 'qbo call not counted'));
        if (reads && !op.probe) await this.spending.readAnswered(answeredRealm).catch((e: unknown) => this.logger.warn({ err: e, tenantId }, 'read refusal not cleared'));
        return body;
      } catch (e) {
        failure = classifyThrown(e, 'api', op.name);
        if (sent) {
          this.metrics?.qboCalls.inc({ operation: op.name, outcome: failure.kind, code: String(failure.code).slice(0, 40) });
          if (failure.throttled) this.metrics?.qboThrottled.inc();
        }
      }
      if (sent && realmId !== undefined && metered(failure)) {
        await this.spending.record(tenantId, realmId, cost, label.purpose).catch((e: unknown) => this.logger.warn({ err: e, tenantId }, 'qbo call not counted'));
      }
      if (failure.kind === 'deferred') {
        this.logger.debug({ tenantId, realmId, operation: op.name, code: failure.code, purpose: label.purpose }, 'qbo read deferred');
        throw failure;
      }

      if (failure.kind === 'refresh' && !refreshed && grant !== undefined) {
        refreshed = true;
        this.logger.info({ tenantId, realmId, operation: op.name, code: failure.code }, 'qbo token refused; refreshing once');
        try {
          grant = await this.tokens.refreshAfterRejection(tenantId, grant.accessToken);
          continue;
        } catch (e) {
          // A refresh that failed for a passing reason is retried like the call itself.
          failure = classifyThrown(e, 'token', 'refresh token');
          refreshed = false;
        }
      }
      if (failure.kind === 'reconnect' && grant !== undefined && failure.httpStatus !== undefined) {
        if (op.probe) throw failure;
        if (reads && cost.core === 0) {
          // A refused read may be the app's monthly read cap, not lost rights (QboReadBudget decides).
          const verdict = await this.spending.readRefused(tenantId, grant.realmId, (other) => this.probe(other));
          if (verdict.scope !== 'rights') {
            this.logger.warn({ tenantId, realmId, operation: op.name, scope: verdict.scope, reason: verdict.reason }, 'qbo read refused (403 / 3100); reads wait, writes go on');
            throw new QboError({
              kind: 'deferred',
              code: 'READS_REFUSED',
              httpStatus: failure.httpStatus,
              message: `${op.name} refused: ${verdict.reason}`,
              explanation: `QuickBooks refused the read (${verdict.reason}); reads wait, writes go on.`,
              operation: op.name,
            });
          }
        } else {
          await this.spending.rightsLost(grant.realmId);
        }
        await this.tokens.connectionLost(tenantId, grant.realmId, `QuickBooks refused ${op.name}: ${failure.code} ${failure.detail ?? failure.message}`);
      }
      if (failure.throttled && reads && cost.core === 0 && !op.probe && (await this.spending.readThrottled())) {
        // The app's monthly read cap answered as a 429: the read waits; the company is not paused (its writes go on).
        throw new QboError({
          kind: 'deferred',
          code: 'READS_REFUSED',
          httpStatus: failure.httpStatus,
          message: `${op.name} throttled past the app's monthly read budget`,
          explanation: "QuickBooks refused the read past the app's monthly read budget; reads wait, writes go on.",
          operation: op.name,
        });
      }
      if (failure.throttled && realmId !== undefined) {
        // The company's pause, for every process (stored in Postgres): the Retry-After when QBO sent one.
        await this.limiter.pause(realmId, failure.retryAfterMs ?? this.settings.throttlePauseMs);
      }
      const is500 = failure.httpStatus === 500;
      if (is500) serverErrors500 += 1;
      const mayRetry = failure.kind === 'retriable' && retries < this.settings.maxRetries && !(is500 && serverErrors500 > 1);
      if (!mayRetry) {
        if (failure.kind !== 'permanent' || this.logger.isLevelEnabled('debug')) {
          this.logger.warn({ tenantId, realmId, operation: op.name, err: failure.toJSON() }, 'qbo call failed');
        }
        throw failure;
      }
      retries += 1;
      const delay = failure.throttled ? 0 : this.backoff(retries);
      this.logger.warn(
        { tenantId, realmId, operation: op.name, attempt: retries, code: failure.code, httpStatus: failure.httpStatus, delayMs: delay },
        'qbo call failed; retrying with the same requestid',
      );
      if (delay > 0) await this.sleep(delay);
    }
  }

  /** One read of another tenant's company (its CompanyInfo): is QuickBooks refusing the app, or only one company? */
  private async probe(tenantId: string): Promise<'ok' | 'refused' | 'unknown'> {
    try {
      await this.execute(tenantId, { name: 'GET /companyinfo (probe)', probe: true }, (qb, cb) => qb.getCompanyInfo(qb.realmId, cb));
      return 'ok';
    } catch (e) {
      if (e instanceof QboError && e.kind === 'reconnect' && e.httpStatus === 403) return 'refused';
      return 'unknown';
    }
  }

  private callOnce(grant: AccessGrant, op: QboOperation, send: NqSend): Promise<unknown> {
    const qb = new QuickBooks(
      this.settings.clientId,
      this.settings.clientSecret,
      grant.accessToken,
      false,
      grant.realmId,
      true,
      false,
      this.settings.minorVersion,
      '2.0',
      null,
    );
    qb.endpoint = `${this.settings.apiBaseUrl.replace(/\/+$/, '')}/v3/company/`;
    const controller = new AbortController();
    const timeoutMs = this.settings.requestTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(Object.assign(new Error(`${op.name} timed out after ${timeoutMs} ms`), { code: 'TIMEOUT' }));
      }, timeoutMs);
    });
    const call = runInScope(
      { signal: controller.signal, timeoutMs, params: op.params },
      () =>
        new Promise<unknown>((resolve, reject) => {
          send(qb, (err, body) => (err ? reject(err) : resolve(body)));
        }),
    );
    return Promise.race([call, timedOut]).finally(() => clearTimeout(timer));
  }

  private backoff(retry: number): number {
    const cap = Math.min(this.settings.retryMaxDelayMs, this.settings.retryBaseDelayMs * 2 ** (retry - 1));
    // "Equal jitter": at least half the step, so retries never collapse onto each other.
    return Math.round(cap / 2 + this.random() * (cap / 2));
  }
}

/** Whether QuickBooks metered a call that failed this way: refused before the API (401, 403, 429) is not; an unknown outcome is counted. */
function metered(failure: QboError): boolean {
  if (failure.kind === 'deferred' || failure.kind === 'halted') return false;
  const status = failure.httpStatus;
  return !(status === 401 || status === 403 || status === 429);
}

import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EmulatorState } from './emulator-state';
import {
  authenticationFailedBody,
  authorizationFailedBody,
  proxyErrorHtml,
  QboFault,
  systemFaultBody,
  throttleJsonBody,
  throttleXmlBody,
} from './fault-shapes';
import { IdempotencyCache } from './idempotency';
import type { JsonObject } from './json-types';
import type { Realm } from './store';
import { UsageMeter } from './usage-meter';

export interface ApiResult {
  status: number;
  body: JsonObject;
}

export interface ApiCall {
  realmId: string;
  /** The endpoint (path without query): requestid replay is keyed on it. */
  endpoint: string;
  isBatch: boolean;
  /** Customer/Vendor/Employee writes: requestid protection for them is a switch. */
  nameListWrite: boolean;
  run(realm: Realm): ApiResult;
}

const jsonType = 'application/json;charset=UTF-8';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function nowTime(): string {
  return new Date().toISOString();
}

/** Runs a business handler and turns a QboFault (or a crash) into QBO's answer. */
export function runGuarded(state: EmulatorState, run: () => ApiResult): ApiResult {
  try {
    return run();
  } catch (error: unknown) {
    if (error instanceof QboFault) return { status: error.status, body: error.toBody(nowTime()) };
    state.logger.error({ err: error }, 'emulator handler crashed');
    return { status: 500, body: systemFaultBody(nowTime()) };
  }
}

function faultCodeOf(body: JsonObject): string | null {
  const text = JSON.stringify(body);
  const match = /"code":"(\d+)"/.exec(text);
  return match?.[1] ?? null;
}

/**
 * The path every Accounting API request takes: authentication, throttling, injected latency and
 * errors, requestid replay, the business handler, and possibly a dropped connection afterwards.
 */
export async function handleApiCall(state: EmulatorState, request: FastifyRequest, reply: FastifyReply, call: ApiCall): Promise<void> {
  const started = Date.now();
  const query = Object.fromEntries(
    Object.entries((request.query ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
  const requestId = query['requestid'] ?? null;
  const realm = state.store.get(call.realmId);
  const flags = { throttled: false, dropped: false, replayed: false, injectedError: false };
  let status: number | null = null;
  let faultCode: string | null = null;

  const log = (): void => {
    if (!realm) return;
    const path = request.url.split('?')[0] ?? request.url;
    state.requestLog.add(
      realm.id,
      { time: new Date(started).toISOString(), method: request.method, path, query, requestId, status, faultCode, ...flags, durationMs: Date.now() - started },
      state.config.requestLog.maxEntriesPerRealm,
    );
    state.logger.info({ realmId: realm.id, method: request.method, path, requestId, status, faultCode, ...flags }, 'qbo request');
  };

  const send = (code: number, contentType: string, body: string): void => {
    status = code;
    void reply.code(code).header('content-type', contentType).header('intuit_tid', randomUUID()).send(body);
  };

  const auth = state.tokens.authenticate(request.headers.authorization, call.realmId);
  if (!auth.ok || !realm) {
    if (auth.ok || auth.reason === 'wrong_realm') {
      const body = authorizationFailedBody(`The access token does not grant access to company ${call.realmId}.`);
      faultCode = '3100';
      send(403, jsonType, JSON.stringify(body));
    } else {
      const detail = {
        missing: 'Authorization header with a Bearer access token is required.',
        unknown: 'The access token is not valid.',
        expired: 'Token expired: the access token has expired; refresh it.',
        revoked: 'The connection was revoked; the user must reconnect.',
      }[auth.reason];
      faultCode = '3200';
      send(401, jsonType, JSON.stringify(authenticationFailedBody(detail)));
    }
    log();
    return;
  }

  if (state.tokens.rightsWithdrawn(realm.id, auth.clientId)) {
    faultCode = '3100';
    send(403, jsonType, JSON.stringify(authorizationFailedBody('The application is no longer authorised to access this company.')));
    log();
    return;
  }

  // Metering (usage-meter.ts): the app's monthly CorePlus cap, then the limits per company and app.
  const appId = auth.clientId ?? '*';
  const cost = UsageMeter.classify(request.method, call.endpoint, request.body);
  const overCap = state.usage.overCap(appId, cost, state.config);
  if (overCap && state.config.usage.overCapAnswer === 'forbidden') {
    faultCode = '3100';
    send(403, jsonType, JSON.stringify(authorizationFailedBody('The application has used its CorePlus (read) calls for this month; it is offline until the next month.')));
    log();
    return;
  }
  const minuteWeight = call.isBatch && state.config.limits.batchItemsCountTowardMinute ? Math.max(1, cost.core + cost.corePlus) : 1;
  if (
    overCap ||
    state.faults.forcedThrottle(realm.id) ||
    (call.isBatch && !state.batchAcrossApps.hasRoom(realm.id, state.config)) ||
    !state.limiter.check(`${realm.id}\n${appId}`, call.isBatch, state.config, Date.now(), minuteWeight).allowed
  ) {
    flags.throttled = true;
    faultCode = '3001';
    const retryAfter = state.config.throttle.retryAfterSeconds;
    if (retryAfter !== null) void reply.header('retry-after', String(retryAfter));
    if (state.config.throttle.bodyFormat === 'xml') send(429, 'application/xml', throttleXmlBody(nowTime()));
    else send(429, jsonType, JSON.stringify(throttleJsonBody()));
    log();
    return;
  }

  if (call.isBatch) state.batchAcrossApps.record(realm.id);
  state.usage.record(realm.id, appId, cost);

  const latency = state.faults.latencyMs(realm.id);
  if (latency > 0) await sleep(latency);

  const injected = state.faults.injectedError(realm.id, call.endpoint);
  if (injected !== null) {
    flags.injectedError = true;
    if (injected === 500) {
      faultCode = '10000';
      send(500, jsonType, JSON.stringify(systemFaultBody(nowTime())));
    } else {
      send(injected, 'text/html', proxyErrorHtml(injected));
    }
    log();
    return;
  }

  let cacheKey: string | null = null;
  if (requestId !== null) {
    const max = call.isBatch ? state.config.requestId.maxLengthBatch : state.config.requestId.maxLength;
    if (requestId.length > max || requestId.length === 0) {
      const fault = QboFault.validation(
        '2050',
        'String length is either shorter or longer than supported by specification',
        `requestid must be 1 to ${max} characters, got ${requestId.length}`,
        'requestid',
      );
      faultCode = fault.code;
      send(400, jsonType, JSON.stringify(fault.toBody(nowTime())));
      log();
      return;
    }
    if (!call.nameListWrite || state.config.requestId.protectsNameLists) {
      cacheKey = IdempotencyCache.key(realm.id, request.method, call.endpoint, requestId);
    }
  }

  const replay = cacheKey === null ? undefined : state.idempotency.get(cacheKey, state.config.requestId.retentionSeconds);
  let responseStatus: number;
  let responseBody: string;
  let contentType = jsonType;
  if (replay) {
    flags.replayed = true;
    responseStatus = replay.status;
    responseBody = replay.body;
    contentType = replay.contentType;
  } else {
    const result = runGuarded(state, () => call.run(realm));
    responseStatus = result.status;
    responseBody = JSON.stringify(result.body);
    if (cacheKey !== null) state.idempotency.put(cacheKey, { status: responseStatus, body: responseBody, contentType });
  }
  faultCode = responseStatus >= 400 ? faultCodeOf(JSON.parse(responseBody) as JsonObject) : null;

  if (state.faults.shouldDrop(realm.id)) {
    flags.dropped = true;
    status = responseStatus;
    reply.hijack();
    request.raw.socket.destroy();
    log();
    return;
  }
  send(responseStatus, contentType, responseBody);
  log();
}

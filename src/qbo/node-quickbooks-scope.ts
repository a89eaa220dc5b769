import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';

/**
 * node-quickbooks builds every request itself and offers no per-call timeout and no way to add
 * a query parameter to a batch request (it supports `requestid` only on single-entity writes).
 * It sends through the shared axios instance it requires; this file installs, once, a request
 * interceptor on that very instance which applies the settings of the *current call scope* (an
 * AsyncLocalStorage context opened by QboCallPolicy around each call): an abort signal,
 * a timeout and extra query parameters. Outside such a scope the interceptor changes nothing.
 */
export interface CallScope {
  signal: AbortSignal;
  timeoutMs: number;
  params?: Record<string, string>;
}

interface AxiosConfigLike {
  signal?: unknown;
  timeout?: number;
  params?: Record<string, unknown>;
}

interface AxiosLike {
  interceptors: { request: { use(onFulfilled: (config: AxiosConfigLike) => AxiosConfigLike): number } };
}

const storage = new AsyncLocalStorage<CallScope>();
const INSTALLED = Symbol.for('qbo-sync.node-quickbooks-scope');

function install(): void {
  // The axios that node-quickbooks itself resolves, not whichever one this project might resolve.
  const fromNodeQuickbooks = createRequire(require.resolve('node-quickbooks'));
  const axios = fromNodeQuickbooks('axios') as AxiosLike & { [INSTALLED]?: boolean };
  if (axios[INSTALLED]) return;
  axios[INSTALLED] = true;
  axios.interceptors.request.use((config) => {
    const scope = storage.getStore();
    if (!scope) return config;
    config.signal = scope.signal;
    config.timeout = scope.timeoutMs;
    if (scope.params) config.params = { ...(config.params ?? {}), ...scope.params };
    return config;
  });
}

let installed = false;

/** Runs `fn` (which starts node-quickbooks calls synchronously) with `scope` applied to its HTTP requests. */
export function runInScope<T>(scope: CallScope, fn: () => Promise<T>): Promise<T> {
  if (!installed) {
    install();
    installed = true;
  }
  return storage.run(scope, fn);
}

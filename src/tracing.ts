/**
 * OpenTelemetry traces, off by default. They start only when the standard variables ask for an
 * exporter: OTEL_TRACES_EXPORTER (other than `none`), OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; OTEL_SDK_DISABLED=true keeps them off. Everything else is the
 * SDK's standard configuration (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_PROTOCOL, headers,
 * OTEL_TRACES_SAMPLER, OTEL_RESOURCE_ATTRIBUTES, ...). Instrumented: kafkajs (produce and each
 * consumed batch/message), pg (every query) and http (the worker's server, and its outgoing calls
 * to QuickBooks). Must run before kafkajs, pg and http are loaded: main.ts imports this first.
 * The SDK is loaded only when traces are on, so a worker without them pays nothing.
 */

export interface TracingHandle {
  shutdown(): Promise<void>;
}

/** Whether the environment asks for traces. */
export function tracingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  if ((env.OTEL_SDK_DISABLED ?? '').trim().toLowerCase() === 'true') return false;
  const exporter = (env.OTEL_TRACES_EXPORTER ?? '').trim().toLowerCase();
  if (exporter !== '') return exporter !== 'none';
  return (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '').trim() !== '' || (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? '').trim() !== '';
}

/** Starts the SDK when wanted; null otherwise. */
export function startTracing(env: NodeJS.ProcessEnv = process.env): TracingHandle | null {
  if (!tracingWanted(env)) return null;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when traces are on */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { KafkaJsInstrumentation } = require('@opentelemetry/instrumentation-kafkajs') as typeof import('@opentelemetry/instrumentation-kafkajs');
  /* eslint-enable @typescript-eslint/no-require-imports */
  if ((env.OTEL_SERVICE_NAME ?? '').trim() === '') process.env.OTEL_SERVICE_NAME = 'qbo-sync';
  // Metrics and logs have their own paths (Prometheus, stdout): the SDK exports traces only.
  if ((env.OTEL_METRICS_EXPORTER ?? '') === '') process.env.OTEL_METRICS_EXPORTER = 'none';
  if ((env.OTEL_LOGS_EXPORTER ?? '') === '') process.env.OTEL_LOGS_EXPORTER = 'none';
  const sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => req.url === '/metrics' }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new KafkaJsInstrumentation(),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

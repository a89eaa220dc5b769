import { startTracing, TracingHandle } from './tracing';

/** Imported first by main.ts: traces (when the OTEL_* variables ask for them) start before anything they instrument is loaded. */
export const tracing: TracingHandle | null = startTracing();

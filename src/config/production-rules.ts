import { ProductionRule } from './setting';

/**
 * What NODE_ENV=production refuses: the development defaults and the test knobs. Each rule gives
 * the reason; the loader prefixes the variable's name.
 */

/** The development placeholder shipped as the default. */
export const devDefault =
  (placeholder: string): ProductionRule<string> =>
  (v) =>
    v === placeholder ? "is the development placeholder: set the app's real value" : undefined;

/** A test knob: only its neutral value is allowed. */
export const testKnob =
  (neutral: number): ProductionRule<number> =>
  (v) =>
    v === neutral ? undefined : `is a test knob: leave it unset (${neutral}), got ${v}`;

/** A setting for tests and demos only: must stay unset. */
export const testOnly: ProductionRule<string | undefined> = (v) =>
  v === undefined ? undefined : 'is for tests and demos only: leave it unset';

/** localhost, *.localhost, 127.0.0.0/8, ::1, 0.0.0.0 */
function isLocalHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]' || host === '0.0.0.0';
}

/** A URL people or Intuit reach: not this machine. */
export const localUrl: ProductionRule<string> = (v) =>
  isLocalHost(v) ? `points at this machine ("${v}"): set the address people reach` : undefined;

/** PUBLIC_BASE_URL: its default (http://localhost:<HTTP_PORT>) is for development. */
export const publicUrl: ProductionRule<string | undefined> = (v) =>
  v === undefined ? 'is required (its default, http://localhost:<HTTP_PORT>, is for development)' : localUrl(v);

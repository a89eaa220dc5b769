import { existsSync } from 'node:fs';
import { aptInstall } from './proc';

/**
 * The browser the end-to-end test drives: Debian's Chromium (npm never downloads one).
 * Installed with apt-get when missing and allowed (root), like the local Postgres;
 * otherwise the error says what to install. CHROMIUM_PATH points elsewhere.
 */
export async function ensureChromium(log: (line: string) => void): Promise<string> {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH !== undefined) throw new Error(`CHROMIUM_PATH=${path} does not exist`);
  await aptInstall(['chromium'], `Chromium not found at ${path} (the settings page is tested in a real browser)`, log);
  if (!existsSync(path)) throw new Error(`apt-get installed chromium, but ${path} is still missing`);
  return path;
}

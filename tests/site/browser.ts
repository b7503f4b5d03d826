/**
 * Headless Debian Chromium through playwright-core (no downloaded browsers), with a fresh profile per launch and
 * no background network traffic. Shared by the browser tests and scripts/screenshots.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium on this closed network (no background connections), shared by every browser test. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /**
   * Ignore the pages' Content-Security-Policy, for tests that inject audit scripts of their own (axe-core through
   * `addScriptTag`), which the policy rightly refuses. Off by default: the browser sees what visitors see.
   */
  bypassCSP?: boolean;
}

export async function launchBrowser(viewport = { width: 1280, height: 800 }, options: LaunchOptions = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'ppid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta', bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

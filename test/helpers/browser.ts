import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The Chromium the browser tests drive: `A2P_SIM_BROWSER` (a path to chromium or chrome), else the
 * first system browser found, else a browser playwright installed. None found: the browser tests
 * are skipped with one line saying how to enable them, unless `A2P_SIM_REQUIRE_BROWSER=1` (what
 * .ci/run sets), under which a missing browser fails the run.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findBrowser(): string | undefined {
  const configured = process.env.A2P_SIM_BROWSER;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`Failed to find the browser: A2P_SIM_BROWSER=${configured} does not exist. Please point it at a chromium or chrome executable.`);
    return configured;
  }
  const found = CANDIDATES.find((p) => existsSync(p)) ?? playwrightBrowser();
  if (!found) {
    const how = 'Install Chromium (e.g. apt-get install chromium) or set A2P_SIM_BROWSER=/path/to/chrome to run them.';
    if (process.env.A2P_SIM_REQUIRE_BROWSER === '1') throw new Error(`Failed to run the browser tests: no Chromium found and A2P_SIM_REQUIRE_BROWSER=1. ${how}`);
    console.warn(`Skipping the browser tests: no Chromium found. ${how}`);
  }
  return found;
}

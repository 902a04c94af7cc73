// Component tests in three engines: Chromium and Firefox (Debian's, through
// puppeteer-core) and WebKit (WebKitGTK through WebKitWebDriver).
// BROWSERS=chromium,firefox,webkit picks a subset (default: all three).
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] } }),
  firefox: () =>
    chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr' } }),
  webkit: () => webkitLauncher(),
};
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

export default {
  files: 'tests/unit/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300000,
  // target is required: with 'auto' esbuild would leave decorators and `accessor` in place.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  browsers: wanted.map((name) => {
    if (!launchers[name]) throw new Error(`BROWSERS: unknown browser "${name}"`);
    return launchers[name]();
  }),
};

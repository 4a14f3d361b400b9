/** Playwright for the looking aids in scripts/ (no app server needed): Debian's Chromium. */
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export default defineConfig({
  testDir: '.',
  timeout: 120_000,
  reporter: [['list']],
  use: { launchOptions: base.use?.launchOptions },
});

import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

/**
 * End-to-end tests drive Debian's Chromium headless (no browser download is
 * possible on these machines) against the production build of the frontend,
 * served by the backend on the embedded default with an in-memory database.
 */
const chromium = {
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 30_000 },
  webServer: {
    command: [
      'yarn workspace app build &&',
      'yarn workspace backend start',
      `--config ${resolve(__dirname, 'app-config.yaml')}`,
      `--config ${resolve(
        __dirname,
        'packages/app/e2e-tests/app-config.e2e.yaml',
      )}`,
    ].join(' '),
    url: 'http://localhost:7007/.backstage/health/v1/readiness',
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'ignore',
  },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
    [
      'json',
      {
        outputFile:
          process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ??
          'node_modules/.cache/e2e-test-results.json',
      },
    ],
  ],
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:7007',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: generateProjects().map(project => ({
    ...project,
    use: { ...chromium },
  })),
});

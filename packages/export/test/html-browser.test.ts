/**
 * Opens the HTML report in a real headless Chromium (the Debian `chromium` package, driven by
 * playwright-core; no browser is ever downloaded). Skipped only when /usr/bin/chromium is
 * missing outside CI; in CI it must run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../src/index.js';
import { examplePlan } from './helpers/fixtures.js';

const CHROMIUM = process.env['KEHOACH_CHROMIUM'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const updateScreenshot = process.env['KEHOACH_UPDATE_GOLDENS'] === '1';

if (!available && process.env['CI']) throw new Error(`${CHROMIUM} is missing: CI must install the Debian chromium package`);

describe.skipIf(!available)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the timeline and the matrix, logs no error and requests nothing', async () => {
    const file = path.join(dir, 'report.html');
    writeFileSync(file, toHtml(examplePlan));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1200, height: 1600 }, deviceScaleFactor: 1 });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.route('**', async (route) => {
      if (route.request().url() === url) await route.continue();
      else await route.abort();
    });

    await page.goto(url, { waitUntil: 'load' });

    for (const selector of ['#timeline', '#matrix']) {
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box!.width, selector).toBeGreaterThan(400);
      expect(box!.height, selector).toBeGreaterThan(80);
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    }
    // V.1.a, V.6.a, II.2.a and the four yearly reports of VI.
    expect(await page.locator('#timeline g.deadline').count()).toBe(7);
    // 27 units with work (successors and units formed in 2025 included) and the other members of 3 incomplete groups.
    expect(await page.locator('#matrix tbody tr').count()).toBe(30);
    expect(await page.locator('.dateline').textContent()).toBe('Khánh Hòa, ngày 29 tháng 11 năm 2021');
    // Lane labels are laid out inside the chart, not clipped to nothing.
    const label = await page.locator('#timeline .lane-label').first().boundingBox();
    expect(label!.width).toBeGreaterThan(20);

    const shot = path.join(updateScreenshot ? path.join(repoRoot, 'docs') : dir, 'report-screenshot.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(existsSync(shot)).toBe(true);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 30_000);
});

// Browser test in Debian's Chromium through playwright-core: a new user registers, logs out and in,
// switches to Persian, the page turns right to left, and a screenshot is saved.
// Run with `npm run e2e` (part of `npm test`). It starts its own server on a fresh data directory.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runDataroomSteps } from './dataroom-step.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = join(root, 'e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let passed = 0;
let failed = 0;

if (!existsSync(CHROMIUM)) {
  const message = `Chromium not found at ${CHROMIUM}: install it with \`apt-get install chromium\` to run the browser test.`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`SKIPPED browser test. ${message}`);
  process.exit(0);
}
mkdirSync(artifacts, { recursive: true });

function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'karvan-e2e-'));
  const env = { ...process.env, KARVAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--port', '0'], { env, cwd: root });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/**
 * Polls `/api/v1/me` from the page until the session cookie works. Polled from here rather than
 * with waitForFunction: a predicate returning a promise can count as truthy before it settles,
 * and a step then raced its own sign-in (seen as a 401 on a loaded machine).
 */
async function waitUntilSignedIn(page) {
  for (let waited = 0; waited <= 30_000; waited += 250) {
    if (await page.evaluate(() => fetch('/api/v1/me').then((r) => r.ok))) return;
    await page.waitForTimeout(250);
  }
  throw new Error('sign-in did not take effect within 30 s');
}

async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.error(`  ✗ ${name}\n    ${error.message.split('\n').join('\n    ')}`);
    throw error;
  }
}

const { child, url } = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ locale: 'en-US' });
const offline = [];
page.on('request', (request) => {
  if (
    !request.url().startsWith(url) &&
    !request.url().startsWith('data:') &&
    !request.url().startsWith('blob:')
  )
    offline.push(request.url());
});
const email = `e2e-${Date.now()}@example.com`;
const password = 'correct horse battery';

console.log(`Browser test against ${url}`);
try {
  await step('home page loads in English, left to right', async () => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const { lang, dir } = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
    if (lang !== 'en' || dir !== 'ltr') throw new Error(`expected en/ltr, got ${lang}/${dir}`);
  });

  await step('registers a new account', async () => {
    await page.goto(`${url}/register`);
    await page.fill('input[name="name"]', 'E2E Tester');
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await waitUntilSignedIn(page);
  });

  await step('logs out and logs in again', async () => {
    await page.evaluate(async () => {
      const csrf = document.cookie.match(/karvan_csrf=([^;]+)/)?.[1] ?? '';
      await fetch('/api/v1/auth/logout', { method: 'POST', headers: { 'x-csrf-token': csrf } });
    });
    await page.goto(`${url}/login`);
    await page.fill('input[name="email"]', email);
    await page.fill('input[name="password"]', password);
    await page.click('button[type="submit"]');
    await waitUntilSignedIn(page);
  });

  await step('switches to Persian: the page is right to left', async () => {
    await page.goto(url);
    const switcher = page.getByTestId('language-switcher');
    const tag = await switcher.evaluate((el) => el.tagName);
    if (tag === 'SELECT') await switcher.selectOption('fa');
    else {
      await switcher.click();
      await page.getByRole('option', { name: /فارسی/ }).click();
    }
    await page.waitForFunction(
      () => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'fa',
    );
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
    if (direction !== 'rtl') throw new Error(`body direction is ${direction}`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(artifacts, 'home-fa.png'), fullPage: true });
  });

  await step('Persian survives a reload, and nothing was fetched from the internet', async () => {
    await page.reload();
    await page.waitForLoadState('networkidle');
    const dir = await page.evaluate(() => document.documentElement.dir);
    if (dir !== 'rtl') throw new Error(`after reload dir is ${dir}`);
    if (offline.length) throw new Error(`requests outside the server: ${offline.join(', ')}`);
  });

  await step('an officer imports a small CSV and publishes it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const officer = await context.newPage();
    await officer.goto(`${url}/login`);
    await officer.fill('input[name="email"]', 'officer@kerman-investment.demo.example');
    await officer.fill('input[name="password"]', 'karvan-demo-2026');
    await officer.click('button[type="submit"]');
    await waitUntilSignedIn(officer);
    const organizationId = await officer.evaluate(() =>
      fetch('/api/v1/organizations/demo-kerman-investment')
        .then((r) => r.json())
        .then((o) => o.id),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'karvan-e2e-import-')), 'yazd-gold.csv');
    writeFileSync(
      file,
      [
        'external_id,kind,title_fa,title_zh,province,commodities,required_investment,currency,stage',
        'E2E-GOLD-1,mining,معدن طلای کوهستان یزد,亚兹德山区金矿,IR-21,gold,40000000,USD,feasibility',
        'E2E-GOLD-2,processing,کارخانه فرآوری کائولن,高岭土加工厂,IR-21,kaolin,۱۲۰۰۰۰۰,USD,idea',
      ].join('\n'),
    );
    await officer.goto(`${url}/opportunities/import?organizationId=${organizationId}`);
    // The input is visually hidden (the drop zone is its label): wait for it to be in the page,
    // generously — the import page is a lazy chunk and a busy two-core machine can be slow.
    await officer.waitForSelector('[data-testid="import-file-input"]', {
      state: 'attached',
      timeout: 60_000,
    });
    await officer.setInputFiles('[data-testid="import-file-input"]', file);
    await officer.click('[data-testid="import-upload"]');
    await officer.waitForURL(/\/opportunities\/import\/[0-9a-f-]{36}/, { timeout: 15_000 });
    await officer.waitForSelector('[data-testid="import-apply"]', { timeout: 30_000 });
    await officer.click('[data-testid="mode-all-or-nothing"]');
    await officer.click('[data-testid="import-publish"]');
    await officer.click('[data-testid="import-apply"]');
    await officer.getByRole('dialog').getByRole('button').last().click();
    await officer.waitForSelector('[data-testid="import-result"]', { timeout: 30_000 });
    await officer.screenshot({ path: join(artifacts, 'import-result.png'), fullPage: true });
    await context.close();
  });

  await step(
    'an owner models a copper mine: an input changes the NPV, a version is saved and exported, Persian results',
    async () => {
      const context = await browser.newContext({ locale: 'en-US' });
      const owner = await context.newPage();
      await owner.goto(`${url}/login`);
      await owner.fill('input[name="email"]', 'officer@kerman-investment.demo.example');
      await owner.fill('input[name="password"]', 'karvan-demo-2026');
      await owner.click('button[type="submit"]');
      await waitUntilSignedIn(owner);
      const opportunityId = await owner.evaluate(async () => {
        const response = await fetch('/api/v1/opportunities/manage?limit=1');
        const body = await response.json();
        if (!body.items?.length)
          throw new Error(`manage list ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
        return body.items[0].id;
      });
      await owner.goto(`${url}/opportunities/${opportunityId}`);
      await owner.click('[data-testid="new-model"]', { timeout: 15_000 });
      await owner.click('[data-testid="template-copper-mine"]', { timeout: 15_000 });
      await owner.waitForSelector('[data-testid="metric-npv"]', { timeout: 30_000 });
      const npvBefore = await owner.textContent('[data-testid="metric-npv"]');
      await owner.fill('#finance-field-discountRate', '8');
      await owner.waitForFunction(
        (before) => {
          const metrics = document.querySelector('[data-stale]');
          const npv = document.querySelector('[data-testid="metric-npv"]')?.textContent;
          return metrics?.getAttribute('data-stale') === 'false' && npv !== before;
        },
        npvBefore,
        { timeout: 15_000 },
      );
      await owner.click('[data-testid="create-model"]');
      await owner.waitForURL(/\/models\/[0-9a-f-]{36}$/, { timeout: 15_000 });
      const modelId = owner.url().split('/').pop();
      // The saved model's own page (not the new-model page still on screen while it loads).
      await owner.waitForSelector('[data-testid="save-version"]', { timeout: 15_000 });
      await owner.fill('#finance-field-tax-rate', '30');
      await owner.click('[data-testid="save-version"]');
      await owner.fill('[data-testid="version-note"]', 'Tax rate 30 %');
      await owner.click('[data-testid="version-save-confirm"]');
      await owner.waitForSelector('[data-testid="unsaved-badge"]', { state: 'detached', timeout: 15_000 });
      const latest = await owner.evaluate(
        (id) => fetch(`/api/v1/financial-models/${id}`).then((r) => r.json()),
        modelId,
      );
      if (latest.latestVersion !== 2 || latest.latest.note !== 'Tax rate 30 %')
        throw new Error(`expected version 2 with the note, got ${latest.latestVersion}`);
      await owner.screenshot({ path: join(artifacts, 'financial-model.png'), fullPage: true });

      // The saved version's downloads, fetched from the page as the browser would (session cookie).
      const fetchExport = (testId) =>
        owner.evaluate(async (selector) => {
          const href = document.querySelector(selector)?.getAttribute('href');
          if (!href) return { error: `no link ${selector}` };
          const response = await fetch(href, { credentials: 'same-origin' });
          const bytes = new Uint8Array(await response.arrayBuffer());
          return {
            href,
            status: response.status,
            type: response.headers.get('content-type') ?? '',
            magic: String.fromCharCode(...bytes.slice(0, 5)),
          };
        }, `[data-testid="${testId}"]`);
      const expectExport = (answer, type, magic) => {
        if (answer.error) throw new Error(answer.error);
        if (answer.status !== 200 || !answer.type.startsWith(type) || !answer.magic.startsWith(magic))
          throw new Error(`${answer.href}: ${answer.status} ${answer.type} ${JSON.stringify(answer.magic)}`);
      };
      await owner.click('[data-testid="tab-versions"]');
      await owner.waitForSelector('[data-testid="export-xlsx-2"]', { timeout: 15_000 });
      const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      expectExport(await fetchExport('export-xlsx-2'), xlsxType, 'PK');
      expectExport(await fetchExport('export-pdf-2'), 'application/pdf', '%PDF-');

      // In Persian the results read right to left in Persian digits, and the PDF is made in Persian.
      await owner.getByTestId('language-switcher').selectOption('fa');
      await owner.waitForFunction(
        () => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'fa',
      );
      await owner.waitForFunction(
        () => /[۰-۹]/.test(document.querySelector('[data-testid="metric-npv"]')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      if (!(await owner.isVisible('[data-testid="metric-npv"]')))
        throw new Error('NPV not visible in Persian');
      const npvDirection = await owner.$eval(
        '[data-testid="metric-npv"]',
        (el) => getComputedStyle(el).direction,
      );
      if (npvDirection !== 'rtl') throw new Error(`NPV direction is ${npvDirection}`);
      const pdfFa = await fetchExport('export-pdf-2');
      if (!pdfFa.href?.includes('lang=fa')) throw new Error(`PDF link not in Persian: ${pdfFa.href}`);
      expectExport(pdfFa, 'application/pdf', '%PDF-');

      // Named scenarios beside the base case: the two suggested ones evaluate on the server.
      await owner.click('[data-testid="tab-uncertainty"]');
      await owner.click('[data-testid="scenarios-run"]', { timeout: 15_000 });
      await owner.waitForFunction(
        () => document.querySelectorAll('[data-testid="scenario-row"]').length === 2,
        null,
        { timeout: 15_000 },
      );
      await owner.screenshot({ path: join(artifacts, 'financial-model-fa.png'), fullPage: true });
      await context.close();
    },
  );

  await step('a visitor finds it by Persian typed with Arabic letters and reads it in Chinese', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const visitor = await context.newPage();
    await visitor.goto(`${url}/opportunities`);
    // "معدن طلای کوهستان" typed on an Arabic keyboard: Arabic yeh (ي) and kaf (ك).
    await visitor.fill('[data-testid="opportunity-search"]', 'معدن طلاي كوهستان');
    await visitor.press('[data-testid="opportunity-search"]', 'Enter');
    await visitor.waitForFunction(
      () => document.querySelectorAll('[data-testid="opportunity-card"]').length === 1,
      null,
      { timeout: 15_000 },
    );
    await visitor.click('[data-testid="opportunity-card"]');
    await visitor.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await visitor.getByTestId('language-switcher').selectOption('zh');
    await visitor.waitForFunction(() => document.documentElement.lang === 'zh');
    await visitor.waitForFunction(
      () => document.querySelector('h1')?.textContent?.includes('亚兹德山区金矿'),
      null,
      {
        timeout: 15_000,
      },
    );
    await visitor.screenshot({ path: join(artifacts, 'opportunity-zh.png'), fullPage: true });
    await context.close();
  });

  await runDataroomSteps({ browser, url, step, artifacts });
} catch {
  // reported by step()
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
console.log(`Screenshot: ${join(artifacts, 'home-fa.png')}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

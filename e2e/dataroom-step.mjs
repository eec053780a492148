// Browser steps for the data room: an owner opens a room, uploads a three-page PDF and grants an
// investor `view` with the NDA required; the investor accepts the NDA and reads page 2; the owner
// then finds that page view in the room's activity. Called from run.mjs with its browser, server
// address and step reporter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const DEMO_PASSWORD = 'karvan-demo-2026';
const OWNER = 'officer@kerman-investment.demo.example';
const INVESTOR = 'analyst@tuoling-mining.demo.example';
// Lazy chunks on a busy two-core machine can take a while on first load.
const SLOW = { timeout: 60_000 };

/** A small PDF with a line of text on each of its three pages (so search and page images have content). */
async function writeThreePagePdf() {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let number = 1; number <= 3; number++) {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Karvan e2e feasibility study, page ${number}`, { x: 60, y: 760, size: 18, font });
    page.drawText(`Copper grade ${number}.${number} percent`, { x: 60, y: 720, size: 14, font });
  }
  const file = join(mkdtempSync(join(tmpdir(), 'karvan-e2e-dataroom-')), 'feasibility-study.pdf');
  writeFileSync(file, await pdf.save());
  return file;
}

async function signIn(browser, url, email) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  // Polled from here: a predicate returning a promise would count as truthy at once.
  for (let waited = 0; ; waited += 250) {
    if (await page.evaluate(() => fetch('/api/v1/me').then((r) => r.ok))) break;
    if (waited > 30_000) throw new Error(`${email} could not sign in`);
    await page.waitForTimeout(250);
  }
  return { context, page };
}

/** Ticks a Mantine checkbox whether the test id sits on its input or on its wrapper. */
async function tick(page, testId) {
  await page.locator(`[data-testid="${testId}"]`).locator('xpath=self::input | .//input').first().check();
}

/**
 * Runs the data room steps. `step(name, fn)` is run.mjs's reporter (it rethrows failures).
 * @param {{ browser: import('playwright-core').Browser, url: string, step: Function, artifacts: string }} options
 */
export async function runDataroomSteps({ browser, url, step, artifacts }) {
  const pdfFile = await writeThreePagePdf();
  const owner = await signIn(browser, url, OWNER);
  let opportunityId = '';

  try {
    await step(
      'an owner opens a data room, uploads a PDF and grants an investor view with an NDA',
      async () => {
        const { page } = owner;
        opportunityId = await page.evaluate(async () => {
          const organization = await fetch('/api/v1/organizations/demo-kerman-investment').then((r) =>
            r.json(),
          );
          const response = await fetch(
            `/api/v1/opportunities/manage?organizationId=${organization.id}&status=published`,
          );
          const body = await response.json();
          if (!body.items?.length)
            throw new Error(`manage list ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
          return body.items[0].id;
        });
        // Through the opportunity page's link, as a user would.
        await page.goto(`${url}/opportunities/${opportunityId}`);
        await page.click('[data-testid="dataroom-link"]', SLOW);
        await page.waitForURL(/\/dataroom/, SLOW);
        await page.waitForSelector('[data-testid="create-room"], [data-testid="dataroom-dropzone"]', SLOW);
        if (await page.isVisible('[data-testid="create-room"]')) {
          await page.fill('textarea[name="ndaText.en"]', 'You keep everything in this room confidential.');
          await page.fill('textarea[name="ndaText.zh"]', '您须对本数据室的全部内容保密。');
          await page.click('[data-testid="create-room"]');
        }
        await page.waitForSelector('[data-testid="dataroom-dropzone"]', SLOW);

        await page.setInputFiles('[data-testid="upload-files-input"]', pdfFile);
        await page.waitForSelector('[data-testid="upload-item"][data-status="done"]', SLOW);
        await page.waitForSelector(
          '[data-testid="document-row"][data-document-name="feasibility-study.pdf"], [data-testid="document-row"][data-document-name="feasibility-study"]',
          SLOW,
        );

        await page.screenshot({ path: join(artifacts, 'dataroom-documents.png'), fullPage: true });

        await page.click('[data-testid="tab-grants"]');
        await page.click('[data-testid="new-grant"]', SLOW);
        await page.click('[data-testid="grantee-kind-user"]');
        await page.fill('[data-testid="grant-email"]', INVESTOR);
        // `view` is the default level and the NDA is required by default; make both explicit.
        await page
          .locator('[data-testid="grant-level-view"]')
          .locator('xpath=self::input | .//input')
          .first()
          .check();
        await tick(page, 'grant-nda');
        await page.click('[data-testid="grant-save"]');
        await page.waitForSelector('[data-testid="grant-row"][data-status="active"]', SLOW);
        await page.screenshot({ path: join(artifacts, 'dataroom-owner.png'), fullPage: true });
      },
    );

    await step('the investor accepts the NDA, opens the document and reads page 2', async () => {
      const investor = await signIn(browser, url, INVESTOR);
      const { page } = investor;
      try {
        // The header bell opens its (lazily loaded) list.
        await page.click('[data-testid="notification-bell"]', SLOW);
        await page.waitForSelector('[data-testid="notifications-panel"]', SLOW);
        await page.keyboard.press('Escape');

        await page.goto(`${url}/opportunities/${opportunityId}/dataroom`);
        await page.waitForSelector('[data-testid="nda-gate"]', SLOW);
        await page.screenshot({ path: join(artifacts, 'dataroom-nda.png'), fullPage: true });
        await tick(page, 'nda-agree');
        await page.click('[data-testid="nda-accept"]');
        await page.click('[data-testid="document-link"]', SLOW);
        await page.waitForSelector('[data-testid="page-image"][data-page="1"]', SLOW);
        // A `view` grant downloads nothing.
        if (await page.isVisible('[data-testid="download-watermarked"]'))
          throw new Error('a view-only grantee is offered a download');
        await page.click('[data-testid="page-next"]');
        await page.waitForFunction(
          () => {
            const image = document.querySelector('[data-testid="page-image"][data-page="2"]');
            return image instanceof HTMLImageElement && image.complete && image.naturalWidth > 0;
          },
          null,
          SLOW,
        );
        await page.waitForTimeout(1200);
        await page.screenshot({ path: join(artifacts, 'dataroom-viewer.png'), fullPage: true });
        // Leaving the page reports the time spent on it.
        await page.goto(`${url}/opportunities/${opportunityId}`);
      } finally {
        await investor.context.close();
      }
    });

    await step('the owner sees the investor’s page-2 view in the activity', async () => {
      const { page } = owner;
      await page.goto(`${url}/opportunities/${opportunityId}/dataroom?tab=activity`);
      await page.waitForSelector(
        `[data-testid="activity-row"][data-action="page"][data-page="2"][data-user-email="${INVESTOR}"]`,
        SLOW,
      );
      await page.screenshot({ path: join(artifacts, 'dataroom-activity.png'), fullPage: true });
    });
  } finally {
    await owner.context.close();
  }
}

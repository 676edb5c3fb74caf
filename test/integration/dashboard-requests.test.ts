import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../helpers/browser.js';
import { TestSim, type TestAccount } from '../helpers/sim.js';

/**
 * The dashboard's Requests tab in headless Chromium, as a developer whose app just got a 400 would
 * use it: find the refused campaign create, read it beside its response with the error's link, see
 * the simulator's hint, filter, and reach the requests of one resource from its page. Screenshots as
 * in dashboard.test.ts (docs/screenshots/ with UPDATE_SCREENSHOTS=1, else a temporary folder).
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(process.cwd(), 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'a2p-sim-screenshots-'));
const SECONDARY = 'RNdfbf3fae0e1107f8aded0e7cead80bf5';
const BROWSER = findBrowser();

describe.skipIf(!BROWSER)('request inspector in headless Chromium', () => {
  let sim: TestSim;
  let account: TestAccount;
  let browser: BrowserContext;
  let page: Page;
  let serviceSid: string;
  let profileSid: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sim = await TestSim.start();
    account = await sim.account();
    serviceSid = (await account.client.messaging.v1.services.create({ friendlyName: 'Inspector demo' })).sid;
    await expect(
      account.client.messaging.v1.services(serviceSid).usAppToPerson.create({
        brandRegistrationSid: `BN${'0'.repeat(32)}`,
        description: 'Appointment reminders for customers who opted in.',
        messageFlow: 'Customers opt in on the website.',
        messageSamples: ['Your appointment is tomorrow. Reply STOP to opt out.', 'Reply HELP for help.'],
        usAppToPersonUsecase: 'ACCOUNT_NOTIFICATION',
        hasEmbeddedLinks: false,
        hasEmbeddedPhone: false,
      }),
    ).rejects.toMatchObject({ status: 400 });
    // An evaluation of a secondary profile with no primary profile assigned answers with an X-Sim-Hint.
    profileSid = (await account.client.trusthub.v1.customerProfiles.create({ email: 'acme@example.com', friendlyName: 'Acme secondary', policySid: SECONDARY })).sid;
    await account.client.trusthub.v1.customerProfiles(profileSid).customerProfilesEvaluations.create({ policySid: SECONDARY });
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'a2p-sim-chromium-')), {
      executablePath: BROWSER!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1440, height: 900 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sim?.close();
  });

  it('lists the account’s requests, errors marked, and shows the refused campaign beside its response with Authorization redacted', async () => {
    await page.goto(`${sim.url}/_sim/ui?token=${sim.running.adminToken}`);
    await page.getByTestId(`account-${account.sid}`).click();
    await page.getByTestId('tab-requests').click();
    const table = page.getByTestId('requests-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    const refused = table.locator('tr.req-failed', { hasText: '/Compliance/Usa2p' });
    await expect.poll(() => refused.count()).toBe(1);
    expect(await refused.innerText()).toContain('400');
    await refused.click();
    const detail = page.getByTestId('request-detail');
    await expect.poll(() => detail.count()).toBe(1);
    const request = await detail.getByTestId('request-side').innerText();
    expect(request).toContain('[redacted]');
    expect(request).not.toContain(account.token);
    expect(request).toContain('BrandRegistrationSid');
    const response = await detail.getByTestId('response-side').innerText();
    const code = JSON.parse(response.slice(response.indexOf('{'))).code as number;
    expect(code).toBeGreaterThan(20000);
    expect(await detail.getByTestId('request-error').innerText()).toContain(String(code));
    expect(await detail.getByTestId('more-info').getAttribute('href')).toBe(`https://www.twilio.com/docs/errors/${code}`);
    await page.screenshot({ path: join(SHOTS, 'dashboard-requests.png') });
  });

  it('shows the simulator’s hint of what to do next when the answer carried one', async () => {
    await page
      .locator('tr', { hasText: `/CustomerProfiles/${profileSid}/Evaluations` })
      .first()
      .click();
    const hint = page.getByTestId('request-hint');
    await expect.poll(() => hint.count()).toBe(1);
    expect(await hint.innerText()).toContain('Primary Business Profile');
  });

  it('filters by status class and by path', async () => {
    await page.locator('[data-form="requests-filter"] select[name="status"]').selectOption('4xx');
    const rows = page.getByTestId('requests-table').locator('tbody tr');
    await expect.poll(async () => (await rows.allInnerTexts()).every((t) => /\b4\d\d\b/.test(t))).toBe(true);
    expect(await rows.count()).toBe(1);
    await page.locator('[data-form="requests-filter"] select[name="status"]').selectOption('');
    await page.locator('[data-form="requests-filter"] input[name="path"]').fill('/Evaluations');
    await page.locator('[data-form="requests-filter"] button[type="submit"]').click();
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining(`/CustomerProfiles/${profileSid}/Evaluations`)]);
    await page.locator('[data-req-action="clear"]').click();
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);
  });

  it('reaches the requests that touched a resource from its page', async () => {
    await page.getByTestId('tab-resources').click();
    await page.getByTestId(`row-${serviceSid}`).click();
    await page.getByTestId('requests-for-resource').click();
    const rows = page.getByTestId('requests-table').locator('tbody tr');
    // The refused campaign create under it (its SID in the path) and the service's create (its SID in the response); not the profile's requests.
    await expect.poll(() => rows.allInnerTexts()).toEqual([expect.stringContaining(`/Services/${serviceSid}/Compliance/Usa2p`), expect.stringMatching(/POST\t\/messaging\/v1\/Services\t201/)]);
    expect(await page.locator('[data-form="requests-filter"] input[name="sid"]').inputValue()).toBe(serviceSid);
    expect(pageErrors).toEqual([]);
  });
});

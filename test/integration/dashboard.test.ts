import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BirdWorkspace, BRAND, birdValidator, CAMPAIGN } from '../helpers/bird.js';
import { findBrowser } from '../helpers/browser.js';
import { TestSim } from '../helpers/sim.js';

/**
 * The dashboard driven as a first-time user would, in headless Chromium: open it, find a seeded
 * brand, advance its account's clock and see the status change, force a rejection and see the
 * signed webhook in the delivery log. Screenshots are taken on every run; `npm run screenshots`
 * (UPDATE_SCREENSHOTS=1) writes them to docs/screenshots/ for the README, otherwise they go to a
 * temporary folder so that a test run leaves the work tree clean.
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS ? join(process.cwd(), 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'a2p-sim-screenshots-'));

/** A screenshot without the transient toast in it. */
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => {
    const toast = document.getElementById('toast');
    if (toast) toast.hidden = true;
  });
  await page.screenshot({ path: join(SHOTS, name), fullPage });
}

const BROWSER = findBrowser();

describe.skipIf(!BROWSER)('dashboard in headless Chromium', () => {
  let sim: TestSim;
  let browser: BrowserContext;
  let page: Page;
  let brandPending: { tenantId: string; accountSid: string; business: string };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    sim = await TestSim.start({ seed: 'dashboard' });
    const res = await fetch(`${sim.url}/_sim/admin/seed`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sim.adminHeaders },
      body: JSON.stringify({ tenants: 8, seed: 'demo', baseUrl: sim.url }),
    });
    expect(res.status).toBe(201);
    const seeded = (await res.json()) as { tenants: Array<{ tenantId: string; accountSid: string; business: string; story: string }> };
    brandPending = seeded.tenants.find((t) => t.story === 'brand-pending')!;
    // A fresh profile every run (playwright takes it as the persistent context's user data dir).
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

  it('opens on the list of accounts, with an explanation for a first-time user', async () => {
    // The URL a2p-sim start prints: the token becomes a cookie and leaves the address bar.
    await page.goto(`${sim.url}/_sim/ui?token=${sim.running.adminToken}`);
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => page.locator('.account-link').count()).toBe(9);
    await expect.poll(() => page.locator('main').innerText()).toContain('Pick an account on the left');
    // The home page is the onboarding overview: the funnel's table and Chart.js charts, drawn offline.
    const overview = (await (await fetch(`${sim.url}/_sim/admin/overview`, { headers: sim.adminHeaders })).json()) as { funnel: Array<{ stage: string; total: number }> };
    for (const s of overview.funnel) await expect.poll(() => page.getByTestId(`funnel-${s.stage}`).innerText()).toContain(String(s.total));
    const drawn = (id: string) =>
      page.evaluate((testId) => {
        const canvas = document.querySelector(`[data-testid="${testId}"]`);
        const chart = canvas && (window as unknown as { Chart: { getChart(c: Element): { data: { datasets: Array<{ data: unknown[] }> } } | undefined } }).Chart.getChart(canvas);
        return chart ? chart.data.datasets.reduce((n, d) => n + d.data.length, 0) : 0;
      }, id);
    for (const id of ['chart-funnel', 'chart-approval', 'chart-revenue', 'chart-numbers']) await expect.poll(() => drawn(id), { message: id }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'What am I looking at?' }).click();
    expect(await page.locator('#modal').innerText()).toContain('own simulated clock');
    await page.getByRole('button', { name: 'Got it' }).click();
    await shot(page, 'dashboard-home.png');
  });

  it('finds the seeded brand by name, advances the clock, and sees its status change', async () => {
    await page.locator('#search').fill(brandPending.business);
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.getByTestId('search-results').locator('tr', { hasText: 'BrandRegistration' });
    await expect.poll(() => result.count()).toBe(1);
    const brandSid = (await result.locator('code').innerText()).trim();
    expect(brandSid).toMatch(/^BN[0-9a-f]{32}$/);
    await result.click();

    await expect.poll(() => page.getByTestId('account-title').innerText()).toBe(brandPending.business);
    await expect.poll(() => page.getByTestId('drawer-title').innerText()).toContain('BrandRegistration');
    const rowStatus = page.getByTestId(`status-${brandSid}`);
    await expect.poll(() => rowStatus.innerText()).toBe('PENDING');
    const sidebar = page.getByTestId(`account-${brandPending.accountSid}`);
    await expect.poll(() => sidebar.innerText()).toContain('Brand PENDING (TCR review)');
    await shot(page, 'dashboard-account.png');

    // TCR picks the brand up an hour after submission.
    await page.getByRole('button', { name: '+1 hour' }).click();
    await expect.poll(() => rowStatus.innerText()).toBe('IN_REVIEW');
    await expect.poll(() => page.getByTestId('drawer-status').innerText()).toBe('IN_REVIEW');
    expect(sim.sim.findWorld(brandPending.accountSid)!.table<{ sid: string; status: string }>('messaging.brand_registrations').get(brandSid)!.status).toBe('IN_REVIEW');

    // Force a rejection, then let the review finish.
    await page.locator('#force-reason').fill('Forced from the dashboard: EIN does not match.');
    await page.getByTestId('force-form').getByRole('button', { name: 'Force FAILED' }).click();
    await expect.poll(() => page.locator(`tr[data-testid="row-${brandSid}"] .badge.forced`).innerText()).toBe('next: FAILED');
    await page.getByRole('button', { name: 'Advance until settled' }).click();
    await expect.poll(() => rowStatus.innerText()).toBe('FAILED');
    // The sidebar's label follows the account's state, not the story it was seeded with.
    await expect.poll(() => sidebar.innerText()).toContain('Brand FAILED');
    const brand = sim.sim.findWorld(brandPending.accountSid)!.table<{ sid: string; status: string; errors: Array<{ description: string }> }>('messaging.brand_registrations').get(brandSid)!;
    expect(brand.status).toBe('FAILED');
    expect(brand.errors[0]!.description).toContain('Forced from the dashboard: EIN does not match.');
    await page.getByRole('button', { name: '✕ Close' }).click();

    // The timeline has the whole story in simulated time.
    await page.getByTestId('tab-timeline').click();
    await expect.poll(() => page.locator('#tab-body').innerText()).toContain('IN_REVIEW');
    expect(await page.locator('#tab-body').innerText()).toContain('FAILED');
    // The Gantt chart: one bar per state each resource was in, over simulated time.
    const bars = () =>
      page.evaluate(() => {
        const canvas = document.querySelector('[data-testid="chart-gantt"]');
        const chart = canvas && (window as unknown as { Chart: { getChart(c: Element): { data: { datasets: Array<{ data: Array<{ state: string }> }> } } | undefined } }).Chart.getChart(canvas);
        return chart ? chart.data.datasets[0]!.data.map((b) => b.state) : [];
      });
    await expect.poll(bars).toEqual(expect.arrayContaining(['IN_REVIEW', 'FAILED']));
    await shot(page, 'dashboard-timeline.png');
  });

  it('shows the rejection’s webhook and event in the delivery log, signed, with the response it got', async () => {
    await page.getByTestId('tab-deliveries').click();
    const webhook = page.locator('tr.delivery-row', { hasText: 'brand.registered' });
    await expect.poll(() => webhook.count()).toBe(1);
    await expect.poll(() => webhook.locator('.badge').innerText()).toBe('delivered');
    await webhook.click();
    const detail = page.locator('tr.delivery-detail');
    await expect.poll(() => detail.innerText()).toContain('X-CloudFran-Signature');
    expect(await detail.innerText()).toContain('✓ verifies');
    expect(await detail.innerText()).toContain('"status": "failed"');
    expect(await detail.locator('[data-kind="http"]').first().innerText()).toBe('200');
    await shot(page, 'dashboard-deliveries.png', true);

    const event = page.locator('tr.delivery-row', { hasText: 'brand-failure' });
    await expect.poll(() => event.count()).toBe(1);
    await event.click();
    await expect.poll(() => page.locator('tr.delivery-detail').nth(1).innerText()).toContain('X-Twilio-Signature');
    expect(await page.locator('tr.delivery-detail').nth(1).innerText()).toContain('✓ verifies');
  });

  it('finds a number by its digits across accounts and lists every stage of the live tenant’s numbers', async () => {
    const live = sim.sim.accounts().find((w) => (w.settings.demo as { story?: string } | undefined)?.story === 'live')!;
    const held = live.table<{ sid: string; status: string; phone_number: string }>('cloudfran.phone_numbers').find((n) => n.status === 'cancelled_held')!;
    await page.locator('#search').fill(held.phone_number.slice(2));
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.getByTestId('search-results').locator('tr', { hasText: 'cancelled_held' });
    await expect.poll(() => hit.count()).toBe(1);
    await hit.click();
    await expect.poll(() => page.getByTestId('drawer-status').innerText()).toBe('cancelled_held');
    const numbers = page.getByTestId('group-cloudfran.phone_numbers');
    for (const status of ['active', 'pending_cancellation', 'cancelled_held', 'released']) expect(await numbers.innerText()).toContain(status);
    await shot(page, 'dashboard-live-tenant.png');
  });

  it('updates by itself while a clock runs', async () => {
    await page.getByRole('button', { name: '▶ Resume' }).click();
    const first = await page.getByTestId('clock-now').innerText();
    await expect.poll(() => page.getByTestId('clock-now').innerText(), { timeout: 10_000 }).not.toBe(first);
    await page.getByRole('button', { name: '❚❚ Freeze' }).click();
    await expect.poll(() => page.getByTestId('clock').innerText()).toContain('Frozen');
    expect(pageErrors).toEqual([]);
  });

  it('nests a subaccount under its parent in the account list, with its status', async () => {
    const isv = await sim.account();
    const sub = await isv.client.api.v2010.accounts.create({ friendlyName: 'Franchise subaccount' });
    await isv.client.api.v2010.accounts(sub.sid).update({ status: 'suspended' });
    const child = page.getByTestId(`account-${sub.sid}`);
    await expect.poll(() => child.count(), { timeout: 10_000 }).toBe(1);
    expect(await child.getAttribute('data-parent')).toBe(isv.sid);
    await expect.poll(() => child.innerText()).toContain('Subaccount (suspended)');
    const order = await page.locator('.account-link').evaluateAll((links) => links.map((l) => l.getAttribute('data-sid')));
    expect(order.indexOf(sub.sid)).toBe(order.indexOf(isv.sid) + 1);
    expect(pageErrors).toEqual([]);
  });

  it('lists Bird workspaces beside Twilio accounts and tenants, with their organization, and browses their numbers, registry records, channels and timeline', async () => {
    const ws = await BirdWorkspace.open(sim, await birdValidator(sim));
    const sibling = await BirdWorkspace.open(sim, await birdValidator(sim), { key: ws.key });
    const available = await ws.call('GET', `/workspaces/${ws.id}/numbers-available?country=US&limit=1`);
    const number = (await ws.call('POST', `/workspaces/${ws.id}/numbers`, { numbers: [{ number: available.body.results[0].number, country: 'US' }] })).body.results[0];
    const brand = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands`, BRAND)).body;
    await ws.settle();
    const campaign = (await ws.call('POST', `/workspaces/${ws.id}/tcr-brands/${brand.id}/campaigns`, CAMPAIGN)).body;
    await ws.settle();
    const connector = (
      await ws.call('POST', `/workspaces/${ws.id}/connectors`, {
        connectorTemplateRef: 'sms-messagebird:1',
        name: 'SMS channel',
        arguments: { phoneNumberId: number.id, useCaseId: campaign.id, channelMessageType: 'promotional' },
      })
    ).body;
    const channelId = connector.channel.channelId;
    const world = sim.sim.accounts().find((w) => (w.settings.bird as { workspaceId?: string } | undefined)?.workspaceId === ws.id)!;
    const siblingWorld = sim.sim.accounts().find((w) => (w.settings.bird as { workspaceId?: string } | undefined)?.workspaceId === sibling.id)!;

    // In the list: marked Bird, with its organization; the organization's two workspaces side by side, after the Twilio accounts.
    const link = page.getByTestId(`account-${world.accountSid}`);
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await link.getAttribute('data-provider')).toBe('bird');
    expect(await link.getAttribute('data-organization')).toBe(ws.organizationId);
    await expect.poll(() => link.innerText()).toContain(`Bird workspace · organization ${ws.organizationId.split('-')[0]} · Channel waiting for carrier acknowledgement`);
    const order = await page.locator('.account-link').evaluateAll((links) => links.map((l) => [l.getAttribute('data-sid'), l.getAttribute('data-provider')]));
    const birdAt = order.findIndex(([, p]) => p === 'bird');
    expect(order.slice(birdAt).every(([, p]) => p === 'bird')).toBe(true);
    expect(Math.abs(order.findIndex(([sid]) => sid === world.accountSid) - order.findIndex(([sid]) => sid === siblingWorld.accountSid))).toBe(1);

    await link.click();
    await expect.poll(() => page.getByTestId('account-title').innerText()).toBe(`Bird workspace ${ws.id}`);
    expect(await page.locator('.account-head .sub').first().innerText()).toContain(`Bird workspace ${ws.id} · organization ${ws.organizationId}`);
    await page.getByTestId('tab-resources').click();
    await expect.poll(() => page.getByTestId('group-bird.numbers').innerText()).toContain(number.number);
    expect(await page.getByTestId(`status-${brand.id}`).count()).toBe(0);
    const tcrBrand = page.getByTestId('group-tcr.brands');
    expect(await tcrBrand.innerText()).toContain('ABC Mobile');
    expect(await tcrBrand.innerText()).toContain('APPROVED');
    expect(await page.getByTestId('group-tcr.campaigns').innerText()).toContain('CUSTOMER_CARE · ABC Mobile');
    expect(await page.getByTestId(`status-${channelId}`).innerText()).toBe('warning');

    // A channel opens by its id, with its readiness; the carriers' acknowledgement turns it ok.
    await page.getByTestId(`row-${channelId}`).click();
    await expect.poll(() => page.getByTestId('drawer-title').innerText()).toContain('SMS channels (connectors)');
    expect(await page.locator('#drawer').innerText()).toContain('Number status is INACTIVE');
    await page.getByRole('button', { name: 'Advance until settled' }).click();
    await expect.poll(() => page.getByTestId(`status-${channelId}`).innerText()).toBe('ok');
    await expect.poll(() => link.innerText()).toContain('Channel ready — sending');
    await page.getByRole('button', { name: '✕ Close' }).click();
    await link.scrollIntoViewIfNeeded();
    await shot(page, 'dashboard-bird-workspace.png');

    // Its timeline is the registry's decisions on its brand and campaign, in the workspace's simulated time.
    await page.getByTestId('tab-timeline').click();
    await expect.poll(() => page.locator('#tab-body').innerText()).toContain('10DLC brands');
    expect(await page.locator('#tab-body').innerText()).toContain('APPROVED');
    expect(await page.locator('#tab-body').innerText()).toContain('ACTIVE');
    await page.getByRole('button', { name: 'Show API credentials' }).click();
    expect(await page.locator('#modal').innerText()).toContain(ws.organizationId);
    expect(await page.locator('#modal').innerText()).not.toContain(ws.key);
    await page.locator('#modal').getByRole('button', { name: 'Close' }).click();
    expect(pageErrors).toEqual([]);
  });
});

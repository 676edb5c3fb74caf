import { isoDate } from '../wire/dates.js';
import { cfRoute } from './http.js';
import { dollars, monthlyUsage, monthOf } from './ledger.js';
import * as S from './schemas.js';
import { tenantSettings } from './tenant.js';

export const accountRoutes = [
  cfRoute({
    method: 'get',
    path: '/usage/monthly',
    tag: 'Billing',
    summary: 'Retrieve monthly usage and billing summary for your account',
    description:
      'Totals the ledger of one month (simulated time) per category: brand registration $12, campaign $30/month marketing or $20/month otherwise, numbers $24/year local or $48/year toll-free, reclaim $25.',
    query: S.UsageQuery,
    response: { status: 200, schema: S.UsageResponse, description: 'Charges of the month and their totals' },
    errors: [400],
    handler: ({ world, tenantId }, { query }) => {
      const month = query.month ?? monthOf(world.now());
      const usage = monthlyUsage(world, month);
      return {
        success: true as const,
        tenantId,
        month,
        currency: 'USD' as const,
        total: dollars(usage.totalCents),
        byCategory: {
          brandRegistration: dollars(usage.byCategory.brand_registration),
          campaignMonthly: dollars(usage.byCategory.campaign_monthly),
          phoneNumberAnnual: dollars(usage.byCategory.phone_number_annual),
          reclaimFee: dollars(usage.byCategory.reclaim_fee),
        },
        charges: usage.entries.map((e) => ({
          date: isoDate(e.date_created),
          category: e.category,
          amount: dollars(e.amount_cents),
          description: e.description,
          serviceId: e.service_id,
          paymentIntentId: e.payment_intent_id,
        })),
      };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/webhooks',
    tag: 'Webhooks',
    summary: 'The tenant-level webhook URL and the signing secret (simulator extension)',
    response: { status: 200, schema: S.WebhookSettings, description: 'Webhook settings' },
    errors: [],
    handler: ({ world }) => {
      const s = tenantSettings(world);
      return { url: s.webhookUrl, secret: s.webhookSecret, signatureHeader: 'X-CloudFran-Signature' as const };
    },
  }),
  cfRoute({
    method: 'put',
    path: '/webhooks',
    tag: 'Webhooks',
    summary: 'Set or remove the tenant-level webhook URL (simulator extension)',
    body: S.WebhookSettingsBody,
    response: { status: 200, schema: S.WebhookSettings, description: 'Webhook settings' },
    errors: [400],
    handler: ({ world }, { body }) => {
      const s = tenantSettings(world);
      s.webhookUrl = body.url;
      return { url: s.webhookUrl, secret: s.webhookSecret, signatureHeader: 'X-CloudFran-Signature' as const };
    },
  }),
  cfRoute({
    method: 'get',
    path: '/account',
    tag: 'Simulator',
    summary: 'The simulated Twilio account behind this tenant (simulator extension)',
    description: 'Use these credentials with the Twilio faces (or the official SDK) to see the same brands, campaigns, numbers and messages.',
    response: { status: 200, schema: S.AccountResponse, description: 'Account SID and auth token' },
    errors: [],
    handler: ({ world, tenantId }) => ({ tenantId, accountSid: world.accountSid, authToken: world.authToken }),
  }),
];

import { base, en, en_US, Faker } from '@faker-js/faker';
import { areaCodes, type AreaCode } from '../registry/numbers/plan.js';
import { Entropy } from '../wire/sid.js';

/**
 * Fake franchise tenants for demos: who they are (a franchise location of some concept, its
 * owner, address in a real US area code, EIN, website) and how far their onboarding got. A pure
 * function of (seed, index): the same seed gives the same tenants, whatever the simulator holds.
 */

/** How far a tenant got; each is reached by driving the faces and the clock (seeder.ts). */
export const STORIES = ['profile-draft', 'profile-in-review', 'profile-rejected', 'brand-pending', 'brand-failed', 'campaign-pending', 'campaign-failed', 'live'] as const;
export type Story = (typeof STORIES)[number];

/** What a story means, for the dashboard and the README. */
export const STORY_TITLES: Record<Story, string> = {
  'profile-draft': 'Business profile in draft',
  'profile-in-review': 'Business profile in review',
  'profile-rejected': 'Business profile rejected',
  'brand-pending': 'Brand pending (TCR review)',
  'brand-failed': 'Brand registration failed',
  'campaign-pending': 'Campaign in review',
  'campaign-failed': 'Campaign rejected',
  live: 'Live: campaign verified, numbers sending',
};

/** Tenants past the first eight: mostly live, the rest spread over the other stages. */
const LATER: readonly Story[] = ['live', 'live', 'live', 'campaign-pending', 'brand-pending', 'brand-failed', 'campaign-failed', 'profile-in-review', 'profile-draft'];

interface Concept {
  noun: string;
  industry: string;
  usecase: string;
  /** What the campaign is about: `{brand}` is replaced with the brand name. */
  about: string;
  samples: string[];
  customerMessages: string[];
}

/** Franchise concepts a franchise platform such as CloudFran would onboard. */
const CONCEPTS: readonly Concept[] = [
  {
    noun: 'Family Dental',
    industry: 'HEALTHCARE',
    usecase: 'ACCOUNT_NOTIFICATION',
    about: 'appointment reminders and recall notices to patients who booked a visit',
    samples: [
      '{brand}: reminder, your cleaning is tomorrow at 9:30 AM. Reply C to confirm or STOP to opt out.',
      '{brand}: it has been 6 months since your last visit. Book online or call us. Reply STOP to unsubscribe.',
    ],
    customerMessages: [
      'Your cleaning is tomorrow at 9:30 AM. Reply C to confirm.',
      'Thanks for visiting! Your next check-up is due in 6 months.',
      'Your appointment is confirmed for Friday at 2:00 PM.',
    ],
  },
  {
    noun: 'Fitness Club',
    industry: 'ENTERTAINMENT',
    usecase: 'MIXED',
    about: 'class reminders, membership notices and occasional offers to members who opted in at the front desk',
    samples: ['{brand}: your spin class starts at 6 PM tonight. See you there! Reply STOP to opt out.', '{brand}: bring a friend free this weekend. Reply STOP to unsubscribe, HELP for help.'],
    customerMessages: ['Your spin class starts at 6 PM tonight.', 'Your membership renews on the 1st.', 'Bring a friend free this weekend!'],
  },
  {
    noun: 'Pizza Kitchen',
    industry: 'FOOD_AND_BEVERAGE',
    usecase: 'MARKETING',
    about: 'order updates and weekly deals to customers who joined the text club online',
    samples: ['{brand}: Tuesday deal, any large pizza $9.99 with code TUES. Reply STOP to opt out.', '{brand}: your order is out for delivery and arrives in 20 minutes. Reply STOP to unsubscribe.'],
    customerMessages: ['Your order is out for delivery.', 'Tuesday deal: any large pizza $9.99 with code TUES.', 'Your pickup order is ready.'],
  },
  {
    noun: 'Pet Grooming',
    industry: 'RETAIL',
    usecase: 'CUSTOMER_CARE',
    about: 'grooming appointment reminders and pick-up notices to pet owners who booked online',
    samples: ['{brand}: Max is ready for pick-up! We close at 7 PM. Reply STOP to opt out.', '{brand}: reminder, Bella’s grooming is Saturday at 10 AM. Reply STOP to unsubscribe.'],
    customerMessages: ['Max is ready for pick-up!', 'Reminder: grooming Saturday at 10 AM.', 'Thanks for visiting, see you next month.'],
  },
  {
    noun: 'Auto Care',
    industry: 'AUTOMOTIVE',
    usecase: 'ACCOUNT_NOTIFICATION',
    about: 'service reminders and repair status updates to vehicle owners who gave their number at drop-off',
    samples: ['{brand}: your vehicle is ready for pick-up. Total due $189.40. Reply STOP to opt out.', '{brand}: your oil change is due this month. Book at our website. Reply STOP to unsubscribe.'],
    customerMessages: ['Your vehicle is ready for pick-up.', 'Your oil change is due this month.', 'We found a worn brake pad; call us to approve the repair.'],
  },
  {
    noun: 'Learning Center',
    industry: 'EDUCATION',
    usecase: 'ACCOUNT_NOTIFICATION',
    about: 'tutoring session reminders and progress reports to parents who enrolled their children',
    samples: ['{brand}: Emma’s math session is today at 4 PM. Reply STOP to opt out.', '{brand}: this month’s progress report is ready in the parent portal. Reply STOP to unsubscribe.'],
    customerMessages: ['Session today at 4 PM.', 'The progress report is ready in the parent portal.', 'Spring enrollment is open.'],
  },
  {
    noun: 'Home Cleaning',
    industry: 'PROFESSIONAL_SERVICES',
    usecase: 'CUSTOMER_CARE',
    about: 'visit confirmations and arrival notices to households who booked a cleaning',
    samples: ['{brand}: your cleaner arrives between 9 and 10 AM tomorrow. Reply STOP to opt out.', '{brand}: how did we do today? Reply 1-5. Reply STOP to unsubscribe.'],
    customerMessages: ['Your cleaner arrives between 9 and 10 AM.', 'How did we do today? Reply 1-5.', 'Your next visit is booked for Monday.'],
  },
  {
    noun: 'Hair Studio',
    industry: 'RETAIL',
    usecase: 'ACCOUNT_NOTIFICATION',
    about: 'appointment confirmations and reminders to clients who booked through the salon app',
    samples: ['{brand}: you are booked with Dana on Thursday at 11 AM. Reply STOP to opt out.', '{brand}: reminder, your color appointment is tomorrow. Reply STOP to unsubscribe.'],
    customerMessages: ['You are booked on Thursday at 11 AM.', 'Reminder: your appointment is tomorrow.', 'Thanks for visiting today!'],
  },
];

const BUSINESS_TYPES = ['Limited Liability Corporation', 'Corporation', 'Partnership'] as const;
const LEGAL_SUFFIX: Record<(typeof BUSINESS_TYPES)[number], string> = { 'Limited Liability Corporation': 'LLC', Corporation: 'Inc.', Partnership: 'LP' };
/** EIN prefixes the IRS assigns (business-checks.ts refuses the others). */
const EIN_PREFIXES = ['10', '20', '27', '30', '35', '45', '46', '47', '52', '54', '82', '84', '88', '90', '92'];

export interface Tenant {
  index: number;
  /** The CloudFran tenant id: its simulated account is derived from it. */
  tenantId: string;
  story: Story;
  business: string;
  /** The franchise concept's brand name, as the campaign's samples name it. */
  brand: string;
  concept: Concept;
  businessType: (typeof BUSINESS_TYPES)[number];
  ein: string;
  website: string;
  email: string;
  owner: { firstName: string; lastName: string; email: string; phone: string; title: string };
  address: { street: string; city: string; region: string; postalCode: string; areaCode: string };
  /** Customers the live tenants have texted and called. */
  customers: string[];
  /** Hours after the simulator's epoch when the tenant signed up, so that tenants do not all start at once. */
  startOffsetHours: number;
}

/** A fresh faker for this seed (never the global one: no module-level state). */
export function fakerFor(seed: string, scope: string): Faker {
  const faker = new Faker({ locale: [en_US, en, base] });
  faker.seed(new Entropy(seed, scope).seed31());
  return faker;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A US mobile-looking number in the 555-01XX range reserved for fiction, so no real person is ever texted. */
function fictionalNumber(faker: Faker, area: string): string {
  return `+1${area}55501${String(faker.number.int({ min: 0, max: 99 })).padStart(2, '0')}`;
}

export function storyOf(index: number, faker: Faker): Story {
  return index < STORIES.length ? STORIES[index]! : faker.helpers.arrayElement(LATER);
}

/** The first `count` tenants of a seed. Tenant k is the same whatever `count` is. */
export function generateTenants(seed: string, count: number): Tenant[] {
  const usAreas: AreaCode[] = areaCodes().filter((a) => a.country === 'US' && a.localities.length > 0);
  const out: Tenant[] = [];
  for (let index = 0; index < count; index++) {
    const faker = fakerFor(seed, `demo-tenant-${index}`);
    const concept = CONCEPTS[index % CONCEPTS.length]!;
    const founder = faker.person.lastName();
    const brand = `${founder} ${concept.noun}`;
    const area = faker.helpers.arrayElement(usAreas);
    const locality = faker.helpers.arrayElement(area.localities);
    const businessType = faker.helpers.arrayElement(BUSINESS_TYPES);
    // The legal name is the brand plus its legal suffix: TCR matches sample messages on the brand's distinctive words.
    const business = `${brand} ${LEGAL_SUFFIX[businessType]}`;
    const domain = `${slug(founder)}${slug(concept.noun).replace(/-/g, '')}.com`;
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    out.push({
      index,
      tenantId: `${slug(brand)}-${slug(locality.locality)}-${String(index + 1).padStart(2, '0')}`,
      story: storyOf(index, faker),
      business,
      brand,
      concept,
      businessType,
      ein: `${faker.helpers.arrayElement(EIN_PREFIXES)}-${faker.string.numeric({ length: 7, allowLeadingZeros: true })}`,
      website: `https://www.${domain}`,
      email: `hello@${domain}`,
      owner: { firstName, lastName, email: `${slug(firstName)}.${slug(lastName)}@${domain}`, phone: fictionalNumber(faker, area.npa), title: 'Owner' },
      address: {
        street: faker.location.streetAddress(),
        city: locality.locality,
        region: area.region,
        postalCode: faker.helpers.arrayElement(locality.postal_codes.length ? locality.postal_codes : ['10001']),
        areaCode: area.npa,
      },
      customers: Array.from({ length: 6 }, () => fictionalNumber(faker, area.npa)),
      startOffsetHours: faker.number.int({ min: 0, max: 96 }),
    });
  }
  return out;
}

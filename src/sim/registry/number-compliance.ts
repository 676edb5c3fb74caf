import type { World } from '../engine/world.js';
import { TwilioError } from '../wire/errors.js';
import { addressRequirementOf, type AddressRequirement, type NumberType } from './numbers/plan.js';
import { regulatedPurchaseVerdict } from './regulatory-purchase.js';

/**
 * Whether an account may hold a number of a country and type, given the regulatory documents it
 * names (Twilio checks this when a number is bought or its AddressSid/BundleSid change).
 *
 * Address requirements (https://support.twilio.com/hc/en-us/articles/223182868): `none`; `any` —
 * an address anywhere; `local` — an address in the number's country; `foreign` — an address
 * outside it. Twilio no longer picks an address from the account: the AddressSid must be passed
 * and must satisfy the requirement, else 21631 (https://www.twilio.com/docs/api/errors/21631).
 *
 * This is the single place where number compliance is decided: the address rule, then Numbers v2
 * regulations (an approved bundle required in regulated countries, registry/regulatory-purchase.ts).
 */
export interface NumberComplianceInput {
  isoCountry: string;
  numberType: NumberType;
  phoneNumber?: string;
  addressSid?: string | null;
  bundleSid?: string | null;
}

/** Twilio's error for a number whose address requirement is not met. */
export const ADDRESS_REQUIRED = 21631;

/** Same table as the API 2010 Addresses resource (twilio/api2010). */
export const ADDRESSES_TABLE = 'api.addresses';

const REQUIREMENT_TEXT: Record<Exclude<AddressRequirement, 'none'>, (iso: string) => string> = {
  any: () => 'an Address (anywhere in the world)',
  local: (iso) => `an Address in ${iso}`,
  foreign: (iso) => `an Address outside ${iso}`,
};

export function checkNumberCompliance(world: World, input: NumberComplianceInput): void {
  checkAddressRequirement(world, input);
  // Regulated countries and types also need a twilio-approved Numbers v2 bundle of this account for that regulation (21649).
  const regulated = regulatedPurchaseVerdict(world, { isoCountry: input.isoCountry, numberType: input.numberType, bundleSid: input.bundleSid ?? null });
  if (!regulated.ok) throw new TwilioError(regulated.status, regulated.code, regulated.message);
}

function checkAddressRequirement(world: World, input: NumberComplianceInput): void {
  const requirement = addressRequirementOf(input.isoCountry, input.numberType) ?? 'none';
  const what = `${input.phoneNumber ?? 'this number'} (${input.isoCountry} ${input.numberType})`;
  let address: { iso_country: string } | undefined;
  if (input.addressSid) {
    address = world.table<{ sid: string; iso_country: string }>(ADDRESSES_TABLE).get(input.addressSid);
    if (!address) throw new TwilioError(400, ADDRESS_REQUIRED, `Invalid parameter AddressSid: Address ${input.addressSid} does not exist in this account`);
  }
  if (requirement === 'none') return;
  const needs = REQUIREMENT_TEXT[requirement](input.isoCountry);
  if (!address) throw new TwilioError(400, ADDRESS_REQUIRED, `Phone Number Requires an Address: ${what} requires ${needs}. Please pass AddressSid.`);
  const satisfied = requirement === 'any' || (requirement === 'local' ? address.iso_country === input.isoCountry : address.iso_country !== input.isoCountry);
  if (!satisfied) {
    throw new TwilioError(
      400,
      ADDRESS_REQUIRED,
      `Phone Number Requires an Address: ${what} requires ${needs}; Address ${input.addressSid} is in ${address.iso_country}. Please pass an AddressSid that satisfies the requirement.`,
    );
  }
}

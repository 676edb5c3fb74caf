import { loadFixture } from '../fixtures.js';
import type { BrandType } from './records.js';

/** TCR's campaign use cases (fixtures/messaging/a2p-usecases.json) and which brands may register them. */
export interface A2pUsecase {
  code: string;
  name: string;
  description: string;
  post_approval_required: boolean;
}

export const A2P_USECASES: readonly A2pUsecase[] = loadFixture<A2pUsecase[]>('messaging/a2p-usecases.json');

export const SOLE_PROPRIETOR_USECASE = 'SOLE_PROPRIETOR';

/**
 * Use cases a brand may register (FIDELITY §6): SOLE_PROPRIETOR only, and only, for sole-proprietor
 * brands; every standard use case for the others. Without a brand, the standard list.
 */
export function usecasesFor(brandType: BrandType | undefined): A2pUsecase[] {
  if (brandType === 'SOLE_PROPRIETOR') return A2P_USECASES.filter((u) => u.code === SOLE_PROPRIETOR_USECASE);
  return A2P_USECASES.filter((u) => u.code !== SOLE_PROPRIETOR_USECASE);
}

export function findUsecase(code: string): A2pUsecase | undefined {
  return A2P_USECASES.find((u) => u.code === code);
}

/**
 * Whole journeys timed by `npm run bench`. Each face contributes its journey here as it lands.
 */
export interface BenchJourney {
  name: string;
  targetMs: number;
  run: () => Promise<{ ms: number; detail?: string }>;
}

export function journeys(): BenchJourney[] {
  return [];
}

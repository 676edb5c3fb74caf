import { z } from 'zod';

/** Environment of `a2p-sim start`, validated once (the Hono starter's env-with-zod). Flags override it. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().optional(),
  SIM_SEED: z.string().min(1).optional(),
  SIM_DATA: z.string().min(1).optional(),
  SIM_SPEED: z.coerce.number().positive().optional(),
  SIM_CLOCK: z.enum(['running', 'frozen']).optional(),
  CLOUDFRAN_API_KEY: z.string().min(8).optional(),
  /** Guards the admin API and the dashboard (`--admin-token`); without it they answer loopback clients only. */
  SIM_ADMIN_TOKEN: z.string().min(8).optional(),
});
export type SimEnv = z.infer<typeof EnvSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): SimEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Failed to read the environment: ${String(issue.path[0])} ${issue.message}. Please fix or unset it.`);
  }
  return parsed.data;
}

import { z } from 'zod';
import { LOG_FORMATS, LOG_LEVELS, UsageError } from './cli-usage.js';
import { CLOCK_LIMITS } from './engine/clock.js';

/** Environment of the `a2p-sim` commands, validated once (the Hono starter's env-with-zod). Flags override it. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().min(1).optional(),
  SIM_SEED: z.string().min(1).optional(),
  SIM_DATA: z.string().min(1).optional(),
  SIM_SPEED: z.coerce.number().positive().max(CLOCK_LIMITS.maxSpeed).optional(),
  SIM_CLOCK: z.enum(['running', 'frozen']).optional(),
  SIM_LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  SIM_LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  CLOUDFRAN_API_KEY: z.string().min(8).optional(),
  /** Opens the admin API and the dashboard (`--admin-token`); without it one is generated at start. */
  SIM_ADMIN_TOKEN: z.string().min(8).optional(),
  SIM_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).optional(),
  SIM_MAX_ACCOUNTS: z.coerce.number().int().min(1).max(10_000_000).optional(),
  SIM_FSYNC: z
    .string()
    .regex(/^(batch|off|interval(:\d{1,7})?)$/)
    .optional(),
  SIM_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .optional(),
  SIM_REQUEST_LOG_SIZE: z.coerce.number().int().min(0).max(100_000).optional(),
});
export type SimEnv = z.infer<typeof EnvSchema>;

/** Their values are credentials: a message names the variable, never its value. */
const SECRET = new Set(['CLOUDFRAN_API_KEY', 'SIM_ADMIN_TOKEN']);

/** The environment, checked; a bad value is a usage error (exit status 2) naming the variable. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): SimEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0]);
    const shown = SECRET.has(name) ? name : `${name}=${JSON.stringify(env[name])}`;
    throw new UsageError(`Failed to read the environment: ${shown} is not valid (${issue?.message}). Please fix or unset it.`);
  }
  return parsed.data;
}

import { parseArgs } from 'node:util';
import { readEnv } from './config.js';
import { DEFAULT_PORT, startSimulator } from './start.js';
import { DEFAULT_SPEED } from './engine/clock.js';
import { DEMO_USAGE } from './seed/cli.js';

const USAGE = `a2p-sim — local simulator of Twilio's A2P 10DLC onboarding stack

Usage:
  a2p-sim start [--port N] [--host H] [--seed S] [--data FILE] [--speed N] [--frozen] [--cloudfran-api-key K]
  a2p-sim start … [--seed-tenants N] [--admin-token T]
${DEMO_USAGE}
  a2p-sim scenario list | run <name|file|all> [--target URL] [--reporter pretty|junit|json] [--seed N]
                                   (a2p-sim scenario help for the details)

  --port    HTTP port (env PORT, default ${DEFAULT_PORT}; 0 = any free port)
  --host    interface to bind (env HOST, default 127.0.0.1)
  --seed    reproducible SIDs and generated data (env SIM_SEED)
  --data    persist to this JSON file, written behind (env SIM_DATA; default: in memory)
  --speed   simulated seconds per real second for new accounts (env SIM_SPEED, default ${DEFAULT_SPEED})
  --frozen  new accounts start with a frozen clock (env SIM_CLOCK=frozen)
  --cloudfran-api-key  the X-API-Key of the CloudFran face (env CLOUDFRAN_API_KEY, default cf_local_dev_key)
  --seed-tenants  seed N demo tenants at start-up (those already in the data file are kept; faker seed: --seed, default demo)
  --admin-token   guard the admin API and the dashboard /_sim/ui (env SIM_ADMIN_TOKEN; without it, loopback clients only)
`;

async function start(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      speed: { type: 'string' },
      frozen: { type: 'boolean' },
      'cloudfran-api-key': { type: 'string' },
      'seed-tenants': { type: 'string' },
      'admin-token': { type: 'string' },
    },
  });
  const env = readEnv();
  const cloudfranApiKey = values['cloudfran-api-key'] ?? env.CLOUDFRAN_API_KEY;
  const port = values.port !== undefined ? Number(values.port) : (env.PORT ?? DEFAULT_PORT);
  const speed = values.speed !== undefined ? Number(values.speed) : env.SIM_SPEED;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Failed to start: --port ${values.port} is not a port number. Please give 0–65535.`);
  if (speed !== undefined && !(speed > 0)) throw new Error(`Failed to start: --speed ${values.speed} is not a positive number. Please give e.g. 3600.`);
  const seed = values.seed ?? env.SIM_SEED;
  const dataFile = values.data ?? env.SIM_DATA;
  const adminToken = values['admin-token'] ?? env.SIM_ADMIN_TOKEN;
  const running = await startSimulator({
    port,
    ...(values.host ?? env.HOST ? { host: values.host ?? env.HOST } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(dataFile ? { dataFile } : {}),
    clock: { ...(speed !== undefined ? { speed } : {}), frozen: values.frozen ?? env.SIM_CLOCK === 'frozen' },
    ...(cloudfranApiKey ? { faceOptions: { cloudfran: { apiKey: cloudfranApiKey } } } : {}),
    ...(adminToken ? { adminToken } : {}),
  });
  console.log(`a2p-sim listening on ${running.url} (store: ${dataFile ?? 'memory'}${seed !== undefined ? `, seed ${seed}` : ''})`);
  if (values['seed-tenants'] !== undefined) {
    const { seedRunning } = await import('./seed/cli.js');
    const result = await seedRunning(running, Number(values['seed-tenants']), seed ?? 'demo', cloudfranApiKey);
    console.log(`Seeded ${result.tenants.filter((t) => !t.skipped).length} demo tenant(s) (${result.tenants.length} in all).`);
  }
  console.log(`Dashboard: ${running.url}/_sim/ui${adminToken ? `#token=${encodeURIComponent(adminToken)}` : ''}`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return start(rest);
    case 'seed':
      return (await import('./seed/cli.js')).seedMain(rest);
    case 'reset':
      return (await import('./seed/cli.js')).resetMain(rest);
    case 'demo':
      return (await import('./seed/cli.js')).demoMain(rest);
    case 'scenario': {
      const { scenarioMain } = await import('../scenarios/cli.js');
      process.exitCode = await scenarioMain(rest);
      return;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      process.exitCode = 2;
  }
}

import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * The arguments of a developer script (fuzz, soak): `--help` prints the usage (exit 0); a parse
 * error prints it with the reason (exit 2), as the a2p-sim command does.
 */
export function scriptArgs(usage: string, options: NonNullable<ParseArgsConfig['options']>): Record<string, string | boolean | undefined> {
  try {
    const { values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    return values as Record<string, string | boolean | undefined>;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
    process.exit(2);
  }
}

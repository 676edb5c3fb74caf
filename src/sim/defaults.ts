/**
 * Defaults shared by `startSimulator` and the CLI's usage text. A module of its own, importing
 * nothing, so `a2p-sim --help` can print them without loading the simulator.
 */
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
/** Requests kept per account in the request log (`--request-log-size`, control/requests.ts). */
export const DEFAULT_REQUEST_LOG_SIZE = 200;

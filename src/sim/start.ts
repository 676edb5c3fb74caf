import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { builtinFaces, type FaceOptions } from './faces.js';
import { Simulator, type SimulatorOptions } from './engine/simulator.js';
import { createApp } from './server.js';
import { FileStore } from './store/file-store.js';
import { createLogger, type LogOptions } from './log.js';
import { isLoopback } from './control/admin.js';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export interface StartOptions extends Omit<SimulatorOptions, 'faces' | 'store'> {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Persist to this file (lowdb, written behind); in memory when absent. */
  dataFile?: string;
  faces?: SimulatorOptions['faces'];
  /** Options of the built-in faces (e.g. the CloudFran API key). */
  faceOptions?: FaceOptions;
  /** Guards the admin API and the dashboard (`--admin-token` / `SIM_ADMIN_TOKEN`). */
  adminToken?: string;
  /** One line per request on the console (`--log-level`, `--log-format`); without it nothing is logged. */
  log?: LogOptions;
}

export interface RunningSimulator {
  sim: Simulator;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Creates a simulator and serves it over HTTP on loopback. */
export async function startSimulator(opts: StartOptions = {}): Promise<RunningSimulator> {
  const { port = DEFAULT_PORT, host = DEFAULT_HOST, dataFile, faces, faceOptions, adminToken, log, ...simOpts } = opts;
  const logger = log ? createLogger(log) : undefined;
  // Transition failures go to the same log as the requests (Simulator's default is console.error).
  if (logger && !simOpts.onError) simOpts.onError = (message) => logger.error(message);
  const sim = await Simulator.create({ ...simOpts, faces: faces ?? builtinFaces(faceOptions), ...(dataFile ? { store: new FileStore(dataFile) } : {}) });
  const app = createApp(sim, { adminToken, cloudfranApiKey: faceOptions?.cloudfran?.apiKey, logger });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
  });
  const actual = (server.address() as AddressInfo).port;
  if (logger && !adminToken && host !== 'localhost' && !isLoopback(host)) {
    logger.warn(`The dashboard and admin API on ${host}:${actual} answer loopback clients only (no admin token). Please pass --admin-token (or SIM_ADMIN_TOKEN) to use them from another machine.`);
  }
  return {
    sim,
    url: `http://${host}:${actual}`,
    port: actual,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await sim.close();
    },
  };
}

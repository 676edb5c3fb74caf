/** Public API of a2p-sim. */
export { createApp, simPath } from './sim/server.js';
export { Simulator, type SimulatorOptions } from './sim/engine/simulator.js';
export {
  startSimulator,
  connectSimulator,
  RunningSimulator,
  SimulatorConnection,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type StartOptions,
  type AccountCredentials,
  type AccountRef,
  type ClockAdvance,
  type DeliveryRecord,
} from './sim/start.js';
export { createApprovedPrimaryProfile, PrimaryProfileError, type PrimaryProfileOptions, type PrimaryProfileView } from './sim/twilio/trusthub/primary-profile.js';
export { simHttpClient, toSimUrl, type SimHttpClientOptions } from './sim/sdk-client.js';
export { builtinFaces } from './sim/faces.js';
export { MemoryStore, type Store, type PersistedState } from './sim/store/store.js';
export { FileStore } from './sim/store/file-store.js';

import type { Face } from './engine/resource.js';
import { api2010Face } from './twilio/api2010/index.js';
import { eventsFace } from './twilio/events/index.js';
import { messagingFace } from './twilio/messaging/index.js';
import { numbersFace } from './twilio/numbers/index.js';
import { trusthubFace } from './twilio/trusthub/index.js';
import { cloudfranFace, type CloudFranOptions } from './cloudfran/index.js';
import { birdFace } from './bird/index.js';

export interface FaceOptions {
  cloudfran?: CloudFranOptions;
}

/** Every face the simulator serves, in mount order. */
export function builtinFaces(opts: FaceOptions = {}): Face[] {
  return [trusthubFace, api2010Face, numbersFace, messagingFace, eventsFace, cloudfranFace(opts.cloudfran), birdFace()];
}

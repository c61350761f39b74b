import type { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { signUp } from '../identity.js';
import { EngineTime } from './engine-time.js';
import { ProcessClient } from './process-client.js';

export interface EngineApp {
  baton: RunningBaton;
  /** Signed in as the owner of a fresh workspace. */
  client: ProcessClient;
  /** Moves the engine clock of this app instead of sleeping. */
  time: EngineTime;
}

/** One app per spec file: `beforeAll(async () => ({ baton, client, time } = await startEngineApp()))`. */
export async function startEngineApp(): Promise<EngineApp> {
  const baton = await startTestApp();
  const client = new ProcessClient(baton.url, (await signUp(baton.url)).token);
  return { baton, client, time: new EngineTime([baton]) };
}

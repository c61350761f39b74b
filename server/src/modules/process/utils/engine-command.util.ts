import { EngineLoopError, NoStartEventError } from '../../../engine/runtime/index.js';
import { ProcessException } from '../process.exception.js';

/** Runs an engine command and turns the engine's own refusals into the feature's exceptions. */
export async function engineCommand<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof EngineLoopError) throw new ProcessException('MODEL_LOOPS', { params: { reason: error.message } });
    if (error instanceof NoStartEventError) throw new ProcessException('NO_PLAIN_START_EVENT', { params: { reason: error.message } });
    throw error;
  }
}

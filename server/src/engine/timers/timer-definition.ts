import type { EventDefinition } from '../parse/process-model.js';
import type { TimerKind } from './timer-expression.js';

type TimerDefinition = Extract<EventDefinition, { kind: 'timer' }>;

/** The one field a timer definition sets (timeDate, timeDuration or timeCycle); undefined when none or several. */
export function timerFieldOf(definition: TimerDefinition): { kind: TimerKind; value: string } | undefined {
  const set = (['timeDate', 'timeDuration', 'timeCycle'] as const).filter((kind) => definition[kind] !== undefined && definition[kind] !== '');
  return set.length === 1 ? { kind: set[0], value: definition[set[0]] as string } : undefined;
}

export function isFeel(value: string): boolean {
  return value.trimStart().startsWith('=');
}

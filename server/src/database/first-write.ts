import type { EntityManager } from 'typeorm';

/** What an EntityManager from `afterFirstWrite` runs before each of its statements (honoured by preparedQuery too). */
export const BEFORE_QUERY = Symbol('baton.beforeQuery');

type Hooked = EntityManager & { [BEFORE_QUERY]?: () => Promise<void> };

/**
 * The same transaction's manager, except that every statement through it first awaits `write` (once: its promise is
 * kept). The engine defers a new instance's INSERT into the command's single write statement; any statement issued
 * before that (a user task, a timer, a read by a called instance) goes through this manager, so the row exists first.
 */
export function afterFirstWrite(em: EntityManager, write: () => Promise<void>): EntityManager {
  let done: Promise<void> | null = null;
  const before = () => (done ??= write());
  return new Proxy(em, {
    get(target, key, receiver) {
      if (key === BEFORE_QUERY) return before;
      if (key === 'query') return async (...args: Parameters<EntityManager['query']>) => { await before(); return target.query(...args); };
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Runs the hook of a manager from `afterFirstWrite`, if it has one. */
export async function beforeQuery(em: EntityManager): Promise<void> {
  await (em as Hooked)[BEFORE_QUERY]?.();
}

import type { Variables } from './runtime-types.js';

/**
 * The variables of one process instance during one command, per scope (element instance id). Writes are
 * tracked and flushed at the end of the command in one statement. Scoping and propagation follow Zeebe:
 * a write propagates outwards to the nearest scope that already holds the name, else to the process scope.
 */
export class VariableScopes {
  private readonly scopes = new Map<string, Map<string, unknown>>();
  readonly dirty = new Set<string>();
  readonly droppedScopes = new Set<string>();

  constructor(
    /** the process scope: the process instance id */
    readonly rootId: string,
    /** element instance id → enclosing scope id */
    private readonly parentOf: (scopeId: string) => string | null,
  ) {}

  load(scopeId: string, name: string, value: unknown): void {
    this.scope(scopeId).set(name, value);
  }

  /** Everything visible from a scope, inner names shadowing outer ones: the FEEL context. */
  visible(scopeId: string | null): Variables {
    const chain: string[] = [];
    for (let id = scopeId; id !== null; id = this.parentOf(id)) chain.push(id);
    const context: Variables = {};
    for (const id of chain.reverse()) for (const [name, value] of this.scopes.get(id) ?? []) context[name] = value;
    return context;
  }

  /** Only the scope's own variables (a call activity's input mappings, without what is visible from outside). */
  locals(scopeId: string): Variables {
    return Object.fromEntries(this.scopes.get(scopeId) ?? []);
  }

  setLocal(scopeId: string, name: string, value: unknown): void {
    this.scope(scopeId).set(name, value);
    this.dirty.add(key(scopeId, name));
  }

  /** Zeebe's propagation: from `scopeId` outwards to the nearest scope holding the name, else the root. */
  propagate(scopeId: string, variables: Variables): void {
    for (const [name, value] of Object.entries(variables)) {
      let target = this.rootId;
      for (let id: string | null = scopeId; id !== null; id = this.parentOf(id)) {
        if (this.scopes.get(id)?.has(name)) {
          target = id;
          break;
        }
      }
      this.setLocal(target, name, value);
    }
  }

  /** A scope ended: its local variables go with it. */
  drop(scopeId: string): void {
    if (!this.scopes.has(scopeId)) return;
    this.scopes.delete(scopeId);
    this.droppedScopes.add(scopeId);
    for (const k of [...this.dirty]) if (k.startsWith(`${scopeId}\u0000`)) this.dirty.delete(k);
  }

  /** The writes to flush: [scopeId, name, value]. */
  writes(): [string, string, unknown][] {
    return [...this.dirty].map((k) => {
      const [scopeId, name] = k.split('\u0000');
      return [scopeId, name, this.scopes.get(scopeId)?.get(name) ?? null];
    });
  }

  private scope(scopeId: string): Map<string, unknown> {
    let scope = this.scopes.get(scopeId);
    if (!scope) {
      scope = new Map();
      this.scopes.set(scopeId, scope);
    }
    return scope;
  }
}

function key(scopeId: string, name: string): string {
  return `${scopeId}\u0000${name}`;
}

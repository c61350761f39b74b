/**
 * Undo and redo over immutable snapshots (like diagram-js' CommandStack, but each command is a pure function of
 * the state, so undo restores exactly what was there). Consecutive commands with the same `mergeKey` (typing in
 * one property) become one undo step.
 */
export class CommandStack<T> {
  private past: Array<{ state: T; mergeKey?: string }> = [];
  private future: T[] = [];

  constructor(
    private current: T,
    private readonly limit = 200,
  ) {}

  get state(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  execute(command: (state: T) => T, mergeKey?: string): T {
    const next = command(this.current);
    if (next === this.current) return next;
    const last = this.past.at(-1);
    if (!(mergeKey && last?.mergeKey === mergeKey && this.future.length === 0)) {
      this.past.push({ state: this.current, mergeKey });
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future = [];
    this.current = next;
    return next;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous) {
      this.future.push(this.current);
      this.current = previous.state;
    }
    return this.current;
  }

  redo(): T {
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push({ state: this.current });
      this.current = next;
    }
    return this.current;
  }

  /** Starts over with a new document (open, import): no undo into the previous one. */
  reset(state: T): void {
    this.current = state;
    this.past = [];
    this.future = [];
  }
}

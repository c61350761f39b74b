/** Minimal typings for the untyped (or types-unexported) packages the engine loads; only what it calls. */
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{
      rootElement: import('./parse/moddle-element.js').ModdleElement;
      elementsById: Record<string, import('./parse/moddle-element.js').ModdleElement>;
      warnings: { message: string; element?: unknown; property?: string; value?: string }[];
    }>;
  }
}

declare module 'bpmnlint' {
  export class Linter {
    constructor(options: { resolver: { resolveRule(pkg: string, name: string): unknown; resolveConfig(pkg: string, name: string): unknown } });
    lint(root: unknown, config: unknown): Promise<Record<string, { id?: string; message: string; category: 'error' | 'warn' | 'info' | 'rule-error' }[]>>;
  }
}

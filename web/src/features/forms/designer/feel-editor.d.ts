declare module '@bpmn-io/feel-editor' {
  export interface FeelVariable {
    name: string;
    detail?: string;
    info?: string;
  }
  export default class FeelEditor {
    constructor(options: {
      container: HTMLElement;
      value?: string;
      onChange?: (value: string) => void;
      onLint?: (diagnostics: Array<{ message: string; severity: string; from: number; to: number }>) => void;
      variables?: FeelVariable[];
      readOnly?: boolean;
      placeholder?: string;
      contentAttributes?: Record<string, string>;
    });
    setValue(value: string): void;
    focus(position?: number): void;
  }
}

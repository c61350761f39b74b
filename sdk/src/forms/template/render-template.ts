import { evaluate as evaluateTemplate } from 'feelers';
import { evaluateFeel, isFeelExpression, type FeelContext, type FeelOptions } from '../../feel/evaluate-feel.js';
import { FeelError } from '../../feel/feel-error.js';

export interface RenderedTemplate {
  text: string;
  /** Set when the FEEL or template did not evaluate; `text` is then empty. */
  error?: string;
}

const hasTemplate = (text: string): boolean => text.includes('{{');

/**
 * Renders a form text as form-js does: `=expression` is FEEL (its result as text); text containing `{{ … }}` is a
 * feelers template (`{{name}}`, `{{#loop items}}…{{/loop}}`, `{{#if cond}}…{{/if}}`, `this` / `parent` in loops);
 * anything else is returned unchanged. Never throws for a bad template.
 */
export function renderTemplate(text: unknown, context: FeelContext, options: FeelOptions = {}): RenderedTemplate {
  if (typeof text !== 'string') {
    return { text: '' };
  }
  if (isFeelExpression(text)) {
    try {
      return { text: asText(evaluateFeel(text, context, options).value) };
    } catch (error) {
      return { text: '', error: error instanceof FeelError ? error.message : String(error) };
    }
  }
  if (!hasTemplate(text)) {
    return { text };
  }
  try {
    return { text: evaluateTemplate(text, context) };
  } catch (error) {
    return { text: '', error: error instanceof Error ? error.message : String(error) };
  }
}

function asText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

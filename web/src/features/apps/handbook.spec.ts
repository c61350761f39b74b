import { afterEach, describe, expect, it, vi } from 'vitest';
import { handbookFileName, openHandbook, printHandbook } from './handbook';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('handbook', () => {
  it('names the download after the app and language', () => {
    expect(handbookFileName('customer-renewal', 'zh-CN')).toBe('customer-renewal-handbook-zh-CN.html');
  });

  it('prints from one sandboxed frame that runs no scripts', () => {
    // given a handbook printed twice
    printHandbook('<h1>Handbook</h1>');
    const frame = printHandbook('<h1>Handbook 2</h1>');
    // then one frame holds the latest page, sandboxed without scripts
    const frames = document.querySelectorAll('iframe[data-testid="handbook-print-frame"]');
    expect(frames).toHaveLength(1);
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts');
    expect(frame.srcdoc).toBe('<h1>Handbook 2</h1>');
  });

  it('reports a blocked tab', () => {
    // given the browser blocks pop-ups
    vi.spyOn(window, 'open').mockReturnValue(null);
    // then opening says so
    expect(openHandbook('<p>x</p>')).toBe(false);
  });
});

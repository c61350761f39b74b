import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, fitToPage, needsRaster, svgSize } from './diagram-pdf';

const svg = (label: string, attrs = 'width="600" height="200" viewBox="100 50 600 200"') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs}><g><text><tspan x="5" y="10">${label}</tspan></text></g></svg>`;

describe('diagram PDF export', () => {
  it('reads the diagram size from the saved SVG, the view box when there are no sizes', () => {
    expect(svgSize(svg('a'))).toEqual({ width: 600, height: 200 });
    expect(svgSize(svg('a', 'viewBox="-5 -5 300 400"'))).toEqual({ width: 300, height: 400 });
  });

  it('fits a wide diagram to the A4 landscape width, centred', () => {
    // given a 3:1 diagram, when fitted, then it fills the width inside the margins and is centred vertically
    const box = fitToPage({ width: 600, height: 200 });
    expect(box.width).toBeCloseTo(A4_LANDSCAPE.width - 56);
    expect(box.height).toBeCloseTo(box.width / 3);
    expect(box.y).toBeCloseTo((A4_LANDSCAPE.height - box.height) / 2);
  });

  it('fits a tall diagram to the page height, aspect kept', () => {
    const box = fitToPage({ width: 100, height: 1000 });
    expect(box.height).toBeCloseTo(A4_LANDSCAPE.height - 56);
    expect(box.width / box.height).toBeCloseTo(0.1);
    expect(box.x).toBeCloseTo((A4_LANDSCAPE.width - box.width) / 2);
  });

  it('rasterises only diagrams with labels the PDF standard fonts cannot draw', () => {
    expect(needsRaster(svg('Approve &amp; sign: café'))).toBe(false);
    expect(needsRaster(svg('销售经理审批'))).toBe(true);
    expect(needsRaster(svg('&#38144;'))).toBe(true);
  });
});

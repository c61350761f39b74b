// Exports the diagram as a one-page A4 landscape PDF, fitted with a margin: vector (svg2pdf.js) when every label is in
// the PDF standard fonts' Latin-1 range, else a 4× raster of the same SVG, because the standard fonts have no CJK
// glyphs (a Chinese label would come out as garbage in vector text). jsPDF and svg2pdf.js load only when exporting.
import { svgToPng } from './diagram-io';

/** A4 landscape in PDF points. */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const MARGIN = 28;
const RASTER_SCALE = 4;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The diagram's size from the SVG bpmn-js saves (width / height attributes, else the view box). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attribute = (name: string) => Number.parseFloat(new RegExp(`\\s${name}="([\\d.]+)`).exec(root)?.[1] ?? '');
  let [width, height] = [attribute('width'), attribute('height')];
  if (!(width > 0 && height > 0)) {
    const box = /viewBox="[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)"/.exec(root);
    [width, height] = [Number(box?.[1] ?? 0), Number(box?.[2] ?? 0)];
  }
  return { width: width > 0 ? width : 1, height: height > 0 ? height : 1 };
}

/** Where a diagram of that size goes on the page: as large as fits inside the margins, centred, aspect kept. */
export function fitToPage(size: { width: number; height: number }, page = A4_LANDSCAPE, margin = MARGIN): Box {
  const scale = Math.min((page.width - 2 * margin) / size.width, (page.height - 2 * margin) / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: (page.width - width) / 2, y: (page.height - height) / 2, width, height };
}

/** True when some text is outside Latin-1, which the PDF standard fonts cannot draw as vectors. */
export function needsRaster(svg: string): boolean {
  const texts = [...svg.matchAll(/<(?:text|tspan)\b[^>]*>([^<]*)(?=<)/g)].map((match) => match[1] ?? '');
  return texts.some((text) => /[^\u0000-\u00ff]/.test(decodeEntities(text)));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

/** The SVG parsed as XML (nothing runs), without scripts or event-handler attributes, before it enters the page. */
function inertSvg(svg: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (parsed.nodeName !== 'svg') throw new Error('no SVG to export');
  for (const node of [parsed, ...parsed.querySelectorAll('*')]) {
    if (node.nodeName.toLowerCase() === 'script' || node.nodeName.toLowerCase() === 'foreignobject') node.remove();
    else
      for (const attribute of [...node.attributes])
        if (/^on/i.test(attribute.name)) node.removeAttribute(attribute.name);
  }
  return parsed as unknown as SVGSVGElement;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('PNG could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** The diagram's SVG (bpmn-js `saveSVG`) as an A4 landscape PDF. */
export async function svgToPdf(svg: string, title: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  doc.setProperties({ title, creator: 'Baton' });
  const box = fitToPage(svgSize(svg));
  if (needsRaster(svg)) {
    doc.addImage(
      await dataUrl(await svgToPng(svg, RASTER_SCALE)),
      'PNG',
      box.x,
      box.y,
      box.width,
      box.height,
      undefined,
      'FAST',
    );
  } else {
    const { svg2pdf } = await import('svg2pdf.js');
    // svg2pdf measures text, so the SVG is laid out off screen for the moment it takes
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;left:-10000px;top:0;visibility:hidden';
    host.appendChild(document.importNode(inertSvg(svg), true));
    document.body.appendChild(host);
    try {
      await svg2pdf(host.firstElementChild as Element, doc, box);
    } finally {
      host.remove();
    }
  }
  return doc.output('blob');
}

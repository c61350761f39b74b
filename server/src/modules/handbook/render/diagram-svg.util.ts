import { type ModdleElement, child, children, text } from '../../../engine/parse/moddle-element.js';
import { escapeHtml } from './escape.util.js';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A schematic SVG of a BPMN diagram from its DI (shapes and edges), drawn on the server without a browser:
 * events as circles, gateways as diamonds, activities as rounded boxes, pools and lanes as frames, flows as
 * arrows, each with its name. Not bpmn-js's rendering (no icons or markers); null when the XML has no DI.
 */
export function diagramSvg(definitions: ModdleElement, processId: string): string | null {
  const plane = planeFor(definitions, processId);
  if (!plane) return null;
  const shapes: string[] = [];
  const edges: string[] = [];
  const boxes: Box[] = [];
  for (const el of children(plane, 'planeElement')) {
    const target = child(el, 'bpmnElement');
    if (!target) continue;
    if (el.$type === 'bpmndi:BPMNShape') {
      const b = bounds(child(el, 'bounds'));
      if (!b) continue;
      boxes.push(b);
      shapes.push(shape(target, b));
    } else if (el.$type === 'bpmndi:BPMNEdge') {
      const points = children(el, 'waypoint').map((p) => ({ x: Number(p.x), y: Number(p.y) })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
      if (points.length < 2) continue;
      points.forEach((p) => boxes.push({ x: p.x, y: p.y, width: 0, height: 0 }));
      edges.push(edge(target, points));
    }
  }
  if (boxes.length === 0) return null;
  const minX = Math.min(...boxes.map((b) => b.x)) - 20;
  const minY = Math.min(...boxes.map((b) => b.y)) - 20;
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - minX + 20;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - minY + 20;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="12">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>
${shapes.join('\n')}
${edges.join('\n')}
</svg>`;
}

function planeFor(definitions: ModdleElement, processId: string): ModdleElement | undefined {
  const planes = children(definitions, 'diagrams').map((d) => child(d, 'plane')).filter((p): p is ModdleElement => p !== undefined);
  const owns = (plane: ModdleElement) => {
    const root = child(plane, 'bpmnElement');
    if (!root) return false;
    if (root.id === processId) return true;
    return children(root, 'participants').some((p) => child(p, 'processRef')?.id === processId);
  };
  return planes.find(owns) ?? (planes.length === 1 ? planes[0] : undefined);
}

function bounds(b: ModdleElement | undefined): Box | null {
  if (!b) return null;
  const box = { x: Number(b.x), y: Number(b.y), width: Number(b.width), height: Number(b.height) };
  return Object.values(box).every(Number.isFinite) ? box : null;
}

function shape(el: ModdleElement, b: Box): string {
  const type = el.$type.replace(/^bpmn:/, '');
  const name = text(el, 'name') ?? '';
  const id = escapeHtml(el.id ?? '');
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  if (type.endsWith('Event')) {
    const r = Math.min(b.width, b.height) / 2;
    const stroke = type === 'EndEvent' ? 4 : type.startsWith('Intermediate') || type === 'BoundaryEvent' ? 1.5 : 2;
    const inner = type.startsWith('Intermediate') || type === 'BoundaryEvent' ? `<circle cx="${cx}" cy="${cy}" r="${r - 3}" fill="none" stroke="#333"/>` : '';
    return `<g data-element-id="${id}"><circle cx="${cx}" cy="${cy}" r="${r}" fill="#fff" stroke="#333" stroke-width="${stroke}"/>${inner}${label(name, cx, b.y + b.height + 14, 120)}</g>`;
  }
  if (type.endsWith('Gateway')) {
    const mark = type === 'ExclusiveGateway' ? '×' : type === 'ParallelGateway' ? '+' : type === 'InclusiveGateway' ? '○' : type === 'EventBasedGateway' ? '⬠' : '*';
    const d = `M${cx},${b.y} L${b.x + b.width},${cy} L${cx},${b.y + b.height} L${b.x},${cy} z`;
    return `<g data-element-id="${id}"><path d="${d}" fill="#fff" stroke="#333" stroke-width="2"/><text x="${cx}" y="${cy + 7}" text-anchor="middle" font-size="20">${mark}</text>${label(name, cx, b.y + b.height + 14, 120)}</g>`;
  }
  if (type === 'Participant' || type === 'Lane') {
    return `<g data-element-id="${id}"><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="none" stroke="#333"/><text transform="translate(${b.x + 16},${cy}) rotate(-90)" text-anchor="middle">${escapeHtml(name)}</text></g>`;
  }
  if (type === 'TextAnnotation' || type === 'Group' || type.startsWith('Data')) return '';
  const lines = wrap(name, b.width - 10);
  const top = cy - ((lines.length - 1) * 14) / 2 + 4;
  const body = lines.map((line, i) => `<tspan x="${cx}" y="${top + i * 14}">${escapeHtml(line)}</tspan>`).join('');
  return `<g data-element-id="${id}"><rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="10" fill="#fff" stroke="#333" stroke-width="2"/><text text-anchor="middle">${body}</text></g>`;
}

function edge(el: ModdleElement, points: { x: number; y: number }[]): string {
  const dashed = el.$type === 'bpmn:MessageFlow' ? ' stroke-dasharray="6 4"' : el.$type.startsWith('bpmn:') && el.$type !== 'bpmn:SequenceFlow' ? ' stroke-dasharray="2 3"' : '';
  const arrow = el.$type === 'bpmn:Association' ? '' : ' marker-end="url(#arrow)"';
  const name = text(el, 'name');
  const mid = points[Math.floor((points.length - 1) / 2)];
  const next = points[Math.floor((points.length - 1) / 2) + 1];
  const at = { x: (mid.x + next.x) / 2, y: (mid.y + next.y) / 2 - 6 };
  return `<g data-element-id="${escapeHtml(el.id ?? '')}"><polyline points="${points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="#333" stroke-width="1.5"${dashed}${arrow}/>${name ? label(name, at.x, at.y, 160) : ''}</g>`;
}

function label(name: string, x: number, y: number, width: number): string {
  if (!name) return '';
  return `<text text-anchor="middle">${wrap(name, width).map((line, i) => `<tspan x="${x}" y="${y + i * 14}">${escapeHtml(line)}</tspan>`).join('')}</text>`;
}

/** Wraps at the width, counting CJK characters as twice as wide as Latin ones. */
export function wrap(name: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of name) {
    const w = /[\u2E80-\uFFFF]/.test(ch) ? 12 : 6.5;
    if (used + w > width && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}

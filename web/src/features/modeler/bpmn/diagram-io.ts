import { layoutProcess } from 'bpmn-auto-layout';
import { BpmnModdle, type ModdleNode } from 'bpmn-moddle';

/** True when the XML carries diagram information (shapes) that bpmn-js can draw. */
export function hasDiagram(xml: string): boolean {
  return /<([\w-]+:)?BPMNShape\b/.test(xml);
}

/** Models without DI (many Camunda 7 files) get a generated layout; others open unchanged. */
export async function prepareForImport(xml: string): Promise<{ xml: string; laidOut: boolean }> {
  if (hasDiagram(xml)) return { xml, laidOut: false };
  return { xml: await layoutProcess(await linkFlowNodes(xml)), laidOut: true };
}

/**
 * `incoming` / `outgoing` are optional in BPMN and Camunda 7 files often leave them out, but the auto-layout walks
 * them: fill them in from each sequence flow's source and target (the same model, stated twice).
 */
export async function linkFlowNodes(xml: string): Promise<string> {
  const moddle = new BpmnModdle();
  const { rootElement } = await moddle.fromXML(xml);
  const visit = (container: ModdleNode) => {
    for (const element of container.flowElements ?? []) {
      if (element.$type === 'bpmn:SequenceFlow' && element.sourceRef && element.targetRef) {
        const outgoing = (element.sourceRef.outgoing ??= []);
        if (!outgoing.includes(element)) outgoing.push(element);
        const incoming = (element.targetRef.incoming ??= []);
        if (!incoming.includes(element)) incoming.push(element);
      }
      if (element.flowElements) visit(element);
    }
  };
  for (const root of rootElement.rootElements ?? []) if (root.$type === 'bpmn:Process') visit(root);
  return (await moddle.toXML(rootElement, { format: true })).xml;
}

/** The id of the first executable process, else of the first process: the name exported files get. */
export function processIdOf(xml: string): string | null {
  const processes = [...xml.matchAll(/<([\w-]+:)?process\b([^>]*)>/g)].map((match) => match[2] ?? '');
  const chosen = processes.find((attrs) => /isExecutable="true"/.test(attrs)) ?? processes[0];
  return chosen ? (/\bid="([^"]+)"/.exec(chosen)?.[1] ?? null) : null;
}

export type ExportKind = 'xml' | 'svg' | 'png' | 'pdf';

export function download(filename: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Rasterises the diagram's SVG on a canvas (white background, 2× for sharp text). */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(image.width * scale);
      canvas.height = Math.ceil(image.height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2d canvas'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    image.onerror = () => reject(new Error('SVG could not be loaded'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

export const NEW_DIAGRAM_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;

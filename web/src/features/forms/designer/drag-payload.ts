/** What is being dragged in the designer: a new field from the palette, or a field already on the canvas. */
export type DragPayload = { kind: 'new'; type: string } | { kind: 'move'; id: string };

export const DRAG_MIME = 'application/x-baton-form-field';

export function writePayload(event: DragEvent, payload: DragPayload): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(DRAG_MIME, JSON.stringify(payload));
  event.dataTransfer.setData('text/plain', payload.kind === 'new' ? payload.type : payload.id);
  event.dataTransfer.effectAllowed = payload.kind === 'new' ? 'copy' : 'move';
}

export function readPayload(event: DragEvent): DragPayload | null {
  const text = event.dataTransfer?.getData(DRAG_MIME);
  if (!text) return null;
  try {
    const payload = JSON.parse(text) as DragPayload;
    return payload.kind === 'new' || payload.kind === 'move' ? payload : null;
  } catch {
    return null;
  }
}

/** During dragover the data cannot be read, only its types. */
export const carriesField = (event: DragEvent): boolean => Boolean(event.dataTransfer?.types.includes(DRAG_MIME));

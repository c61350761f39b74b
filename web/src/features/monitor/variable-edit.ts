/** Checks one variable edit of the monitor: a plain name and a JSON value (any JSON, not only objects). */
export function checkVariableEdit(
  name: string,
  text: string,
): { ok: true; variables: Record<string, unknown> } | { ok: false; field: 'name' | 'value' } {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name.trim())) return { ok: false, field: 'name' };
  try {
    return { ok: true, variables: { [name.trim()]: JSON.parse(text) as unknown } };
  } catch {
    return { ok: false, field: 'value' };
  }
}

/** The flow nodes of a BPMN XML a modification may activate: id and name, in document order. */
export function activatableElements(xml: string): { id: string; name: string }[] {
  if (!xml) return [];
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const kinds =
    /(Task|task|subProcess|callActivity|IntermediateCatchEvent|intermediateCatchEvent|Gateway|EndEvent|endEvent)$/;
  return Array.from(doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', '*'))
    .filter((el) => kinds.test(el.localName) && el.getAttribute('id'))
    .map((el) => ({ id: el.getAttribute('id')!, name: el.getAttribute('name')?.trim() || el.getAttribute('id')! }));
}

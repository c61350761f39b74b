/**
 * Milliseconds since the epoch of a FEEL date-and-time result: ISO text with an offset or `Z`, FEEL's
 * `2026-01-02T10:00:00@Asia/Shanghai` (an IANA zone), or a temporal value's `{ iso }`. NaN when it is none of these.
 */
export function instantOf(value: unknown): number {
  const text = value && typeof value === 'object' && typeof (value as { iso?: unknown }).iso === 'string' ? (value as { iso: string }).iso : value;
  if (typeof text !== 'string') return Number.NaN;
  const zoned = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)@([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*)$/.exec(text);
  return zoned ? zonedToEpoch(zoned[1], zoned[2]) : Date.parse(text);
}

/** A wall-clock time in an IANA zone as an instant (the zone's offset at that moment, from Intl). */
function zonedToEpoch(local: string, zone: string): number {
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) return Number.NaN;
  let offset: number;
  try {
    offset = offsetAt(asUtc, zone);
  } catch {
    return Number.NaN;
  }
  // Once more at the corrected instant, for wall times next to a daylight-saving change.
  return asUtc - offsetAt(asUtc - offset, zone);
}

function offsetAt(epoch: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(epoch))
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(epoch / 1000) * 1000;
}

import { ApiError } from './api-error';
import { authHeaders } from './client';

/** Downloads a REST file (`/api/...`) with the bearer token and saves it under `name` (a plain link carries no token). */
export async function downloadFile(url: string, name: string): Promise<void> {
  const response = await fetch(url, { headers: authHeaders(), credentials: 'include' });
  if (!response.ok) throw new ApiError(`HTTP ${response.status}`, response.status === 404 ? 'NOT_FOUND' : response.status === 403 ? 'FORBIDDEN' : 'UNKNOWN');
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

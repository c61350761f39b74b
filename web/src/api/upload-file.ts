import { ApiError } from './api-error';
import { authHeaders } from './client';

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** Uploads one file to the workspace's file store (`POST /api/files`); throws ApiError with the server's message. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/files', { method: 'POST', body, headers: authHeaders(), credentials: 'include' });
  const payload = (await response.json().catch(() => ({}))) as Partial<UploadedFile> & { message?: string };
  if (!response.ok || typeof payload.id !== 'string') {
    throw new ApiError(
      payload.message ?? `HTTP ${response.status}`,
      response.status === 413 ? 'BAD_USER_INPUT' : 'UNKNOWN',
    );
  }
  return payload as UploadedFile;
}

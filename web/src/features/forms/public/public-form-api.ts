import type { FormSchema } from '@baton/sdk';
import type { FieldError } from '@/api/api-error';

export interface PublicForm {
  formKey: string;
  name: string;
  schema: FormSchema;
}

export class PublicFormError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as {
    errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldError[] } }>;
  } & T;
  if (response.ok) return body;
  const [error] = body.errors ?? [];
  throw new PublicFormError(
    error?.message ?? `HTTP ${response.status}`,
    error?.extensions?.code ?? 'UNKNOWN',
    error?.extensions?.fields ?? [],
  );
}

/** The form behind a share link (外链): no session, the token is the only credential. */
export async function fetchPublicForm(token: string, locale: string): Promise<PublicForm> {
  return answer(await fetch(`/public/forms/${encodeURIComponent(token)}`, { headers: { 'Accept-Language': locale } }));
}

export async function submitPublicForm(
  token: string,
  data: Record<string, unknown>,
  locale: string,
): Promise<{ recordId: string; processInstanceId: string | null }> {
  return answer(
    await fetch(`/public/forms/${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify({ data }),
    }),
  );
}

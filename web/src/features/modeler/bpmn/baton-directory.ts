// What the workspace offers the modeller's properties panel (the Vue page fills it in and keeps it current), and the
// panel's texts in the interface language.

export interface BatonDirectory {
  forms: { formKey: string; name: string }[];
  groups: { key: string; label: string }[];
  members: { email: string; name: string }[];
  /** A text under `modeler.panel` in the UI language, e.g. `form`, `sla.respondWithin`, `approval.action.approve`. */
  label(key: string, params?: Record<string, unknown>): string;
}

export interface Option {
  value: string;
  label: string;
}

/** Keeps a value the model already has in the list, so a form or person from elsewhere is shown, not blanked. */
export function withCurrent(options: Option[], current: string, none: string): Option[] {
  const listed = current === '' || options.some((option) => option.value === current);
  return [{ value: '', label: none }, ...(listed ? [] : [{ value: current, label: current }]), ...options];
}

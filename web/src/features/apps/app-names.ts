/** The app's name in the reader's language (the server's `name` follows the language of the request that loaded it). */
export function appName(app: { name: string; nameZhCN: string; nameEn: string }, locale: string): string {
  return (locale === 'zh-CN' ? app.nameZhCN : app.nameEn) || app.name;
}

/** Builders, admins and owners build apps and review drafts; members use them. */
export function canBuild(role: string | null | undefined): boolean {
  return role === 'OWNER' || role === 'ADMIN' || role === 'BUILDER';
}

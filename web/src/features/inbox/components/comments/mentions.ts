/** The members an @mention in the text names: `@Name` or `@email` as the mention picker inserts them. */
export function mentionedIds(text: string, members: { id: string; name?: string | null; email: string }[]): string[] {
  const ids = new Set<string>();
  for (const member of members) {
    for (const handle of [member.name, member.email]) {
      if (handle && text.includes(`@${handle}`)) ids.add(member.id);
    }
  }
  return [...ids];
}

/** How a said name is matched against stored names, shared by the CRM's search and the lead resolver. */

/** The words of a name, lowercased, for word-prefix search ("pri" finds "Priya Nair"). */
export function nameWords(name: string): string[] {
  return [
    ...new Set(
      name
        .toLowerCase()
        .split(/[\s.'-]+/)
        .filter(Boolean),
    ),
  ];
}

/** Every said word starts a name word, in order: "priya n" and "nair" match "Priya Nair". */
export function startsNameWords(said: string, name: string): boolean {
  const nameList = nameWords(name);
  let from = 0;
  for (const word of nameWords(said)) {
    const index = nameList.findIndex((candidate, position) => position >= from && candidate.startsWith(word));
    if (index < 0) return false;
    from = index + 1;
  }
  return true;
}

/** "bha" before "bhavna", "ra" before "rajesh": a word cut off and said again whole (two letters short at least). */
export function isCutOffOf(fragment: string, next: string): boolean {
  const cut = fragment.toLowerCase();
  return cut.length >= 2 && next.length >= cut.length + 2 && next.toLowerCase().startsWith(cut);
}

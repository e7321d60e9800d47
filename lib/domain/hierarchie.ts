// The organisations' hierarchy (Organisation.parentId): a ministry and what is attached below it.

type Noeud = { id: string; parentId: string | null };

/** The top of the hierarchy an organisation belongs to. */
export function racineDe(organisations: readonly Noeud[], id: string): string {
  const parentOf = new Map(organisations.map((o) => [o.id, o.parentId]));
  let racine = id;
  const vus = new Set([id]);
  for (let parent = parentOf.get(racine); parent && !vus.has(parent); parent = parentOf.get(racine)) {
    racine = parent;
    vus.add(parent);
  }
  return racine;
}

/** An organisation and every one attached below it, however deep. */
export function sousArbre(organisations: readonly Noeud[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of organisations) {
      if (o.parentId && ids.has(o.parentId) && !ids.has(o.id)) {
        ids.add(o.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Whether one organisation is the other, or above or below it (a ministry and its directions). */
export function memeBranche(organisations: readonly Noeud[], a: string, b: string): boolean {
  return sousArbre(organisations, a).has(b) || sousArbre(organisations, b).has(a);
}

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

type Lignee = Noeud & { successeurId?: string | null };

/** These organisations and every one that preceded any of them (DINSIC for DINUM), with what is
 *  attached below those. */
export function avecPredecesseurs(organisations: readonly Lignee[], ids: ReadonlySet<string>): Set<string> {
  const resultat = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of organisations)
      if (o.successeurId && resultat.has(o.successeurId) && !resultat.has(o.id)) {
        for (const x of sousArbre(organisations, o.id)) resultat.add(x);
        grew = true;
      }
  }
  return resultat;
}

/** An organisation's whole family, as a text may name it: itself, what is above and below it, and
 *  the organisations it succeeded or that succeeded it (DINSIC → DINUM), with theirs. */
export function famille(organisations: readonly Lignee[], id: string): Set<string> {
  const parId = new Map(organisations.map((o) => [o.id, o]));
  const ids = new Set<string>();
  const aVoir = [id];
  while (aVoir.length) {
    const courant = aVoir.pop()!;
    if (ids.has(courant)) continue;
    ids.add(courant);
    const o = parId.get(courant);
    if (o?.parentId) aVoir.push(o.parentId);
    if (o?.successeurId) aVoir.push(o.successeurId);
    for (const autre of organisations) if (autre.successeurId === courant) aVoir.push(autre.id);
  }
  // …and what is attached below each of them.
  for (const membre of [...ids]) for (const enfant of sousArbre(organisations, membre)) ids.add(enfant);
  return ids;
}

/** What the checks of a text know of the referential: every organisation's sigle, and for each
 *  party's organisation the sigles its family goes by (famille above). */
export function siglesDuReferentiel(
  organisations: readonly (Lignee & { sigle: string | null })[],
  organisationIds: readonly (string | null | undefined)[],
): { siglesConnus: string[]; sigles: string[][] } {
  const sigleDe = new Map(organisations.map((o) => [o.id, o.sigle]));
  return {
    siglesConnus: organisations.flatMap((o) => (o.sigle ? [o.sigle] : [])),
    sigles: organisationIds.map((id) =>
      id ? [...famille(organisations, id)].flatMap((x) => (sigleDe.get(x) ? [sigleDe.get(x)!] : [])) : [],
    ),
  };
}

// Merging two records of the referential that are the same organisation or the same person
// (docs/domaine.md, « Référentiel »): the one kept takes over everything that pointed to the
// duplicate, keeps its own values and takes the duplicate's only where it had none. What was
// printed in a convention (Partie, Signature) is a copy and never changes.
import { ErreurMetier } from "./erreurs";
import { sousArbre } from "./hierarchie";

type OrganisationFusionnee = {
  id: string;
  sigle: string | null;
  adresse: string | null;
  parentId: string | null;
  successeurId: string | null;
  dateSuccession: Date | null;
  baseJuridiqueSuccession: string | null;
};

/** The kept organisation's fields after it absorbs the duplicate. `arbre` is every organisation's
 *  attachment before the merge; the duplicate's own attachments are moved to the kept one, so the
 *  result never attaches it under itself nor makes it its own successor. */
export function fusionOrganisations(
  arbre: readonly { id: string; parentId: string | null }[],
  conservee: OrganisationFusionnee,
  doublon: OrganisationFusionnee,
): Pick<OrganisationFusionnee, "sigle" | "adresse" | "parentId" | "successeurId" | "dateSuccession" | "baseJuridiqueSuccession"> {
  if (conservee.id === doublon.id) throw memeFiche();
  const repris = (id: string | null) => (id === doublon.id ? conservee.id : id);
  const apres = arbre.filter((o) => o.id !== doublon.id).map((o) => ({ id: o.id, parentId: repris(o.parentId) }));
  // The kept one and what lies below it once the duplicate's children are its own: no parent among them.
  const dessous = sousArbre(apres, conservee.id);
  const parentId = [conservee.parentId, doublon.parentId].map(repris).find((id) => id !== null && !dessous.has(id)) ?? null;
  const successeur = [conservee, doublon].find((o) => o.successeurId !== null && repris(o.successeurId) !== conservee.id);
  return {
    sigle: conservee.sigle ?? doublon.sigle,
    adresse: conservee.adresse ?? doublon.adresse,
    parentId,
    successeurId: successeur ? repris(successeur.successeurId) : null,
    dateSuccession: successeur?.dateSuccession ?? null,
    baseJuridiqueSuccession: successeur?.baseJuridiqueSuccession ?? null,
  };
}

type PersonneFusionnee = { id: string; prenom: string; nom: string; qualite: string | null; organisationId: string | null };

/** The kept person's fields after it absorbs the duplicate. */
export function fusionPersonnes(
  conservee: PersonneFusionnee,
  doublon: PersonneFusionnee,
): Pick<PersonneFusionnee, "qualite" | "organisationId"> {
  if (conservee.id === doublon.id) throw memeFiche();
  return { qualite: conservee.qualite ?? doublon.qualite, organisationId: conservee.organisationId ?? doublon.organisationId };
}

/** One person's name as the referential compares it (as assertPersonneUnique does): the same
 *  first and last names, whatever the case. */
export function cleNom(p: { prenom: string; nom: string }): string {
  return `${p.prenom.trim().toLowerCase()}\u0000${p.nom.trim().toLowerCase()}`;
}

/** The duplicate organisation's people who are already in the kept one (same name): each pair is
 *  merged too, so that the kept organisation does not end with the same person twice. */
export function personnesEnDouble<P extends { prenom: string; nom: string }>(
  deLaConservee: readonly P[],
  duDoublon: readonly P[],
): { conservee: P; doublon: P }[] {
  const parNom = new Map(deLaConservee.map((p) => [cleNom(p), p]));
  return duDoublon.flatMap((doublon) => {
    const conservee = parNom.get(cleNom(doublon));
    return conservee ? [{ conservee, doublon }] : [];
  });
}

export const MESSAGE_MEME_FICHE = "Choisissez deux fiches différentes : la fiche à conserver ne peut pas être aussi le doublon.";

function memeFiche() {
  return new ErreurMetier("FUSION_MEME_FICHE", MESSAGE_MEME_FICHE, { doublonId: MESSAGE_MEME_FICHE });
}

/** What points to a record of the referential, by kind of link: what a merge moves to the kept one. */
export type Liens = Partial<Record<keyof typeof LIENS, number>>;
const LIENS = {
  parties: ["partie de convention", "parties de conventions"],
  conventions: ["convention comme service rédacteur", "conventions comme service rédacteur"],
  personnes: ["personne", "personnes"],
  personnesFusionnees: ["personne en double fusionnée", "personnes en double fusionnées"],
  comptes: ["compte d'agent", "comptes d'agents"],
  rattachees: ["organisation rattachée", "organisations rattachées"],
  predecesseurs: ["organisation devenue celle-ci", "organisations devenues celle-ci"],
  avenants: ["changement d'avenant", "changements d'avenants"],
  representations: ["représentation d'une partie", "représentations de parties"],
  signatures: ["signature", "signatures"],
} as const;

/** « 3 parties de conventions », « 1 compte d'agent »…, in a fixed order, only those there are. */
export function decrireLiens(liens: Liens): string[] {
  return Object.entries(LIENS).flatMap(([cle, [un, plusieurs]]) => {
    const n = liens[cle as keyof typeof LIENS] ?? 0;
    return n > 0 ? [`${n} ${n > 1 ? plusieurs : un}`] : [];
  });
}

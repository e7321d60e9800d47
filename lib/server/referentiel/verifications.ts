// What the referential checks wherever it is written: the organisations chosen exist, and a
// record is not the twin of another (the same organisation, the same person in it).
import "server-only";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { on, type Tx } from "../db";

const INCONNUE = "Cette organisation n'existe pas (ou plus) dans le référentiel : choisissez-en une dans la liste.";

/** The organisations chosen, by form field (`{ "parties.0.organisationId": id }`), all exist;
 *  otherwise ORGANISATION_INCONNUE, said at each field concerned. Empty choices are not checked. */
export async function assertOrganisationsConnues(choix: Record<string, string | null>, tx?: Tx): Promise<void> {
  const ids = [...new Set(Object.values(choix).filter((id): id is string => Boolean(id)))];
  const connues = new Set((await on(tx).organisation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((o) => o.id));
  const champs = Object.fromEntries(Object.entries(choix).flatMap(([champ, id]) => (id && !connues.has(id) ? [[champ, INCONNUE]] : [])));
  if (Object.keys(champs).length)
    throw new ErreurMetier("ORGANISATION_INCONNUE", "Certaines organisations choisies n'existent pas dans le référentiel.", champs);
}

/** An organisation is the same as another with the same name (whatever the case) and acronym. */
export async function assertOrganisationUnique(data: { nom: string; sigle: string | null }, { sauf, tx }: { sauf?: string; tx?: Tx } = {}) {
  const autre = await on(tx).organisation.findFirst({
    where: { ...(sauf ? { id: { not: sauf } } : {}), nom: { equals: data.nom, mode: "insensitive" }, sigle: data.sigle },
  });
  if (!autre) return;
  const nom = data.sigle ?? data.nom;
  if (sauf) {
    const message = `« ${nom} » existe déjà dans le référentiel.`;
    throw new ErreurMetier("ORGANISATION_EXISTE", message, { nom: message });
  }
  throw new ErreurMetier("ORGANISATION_EXISTE", `« ${nom} » existe déjà dans le référentiel : choisissez-la dans la liste.`);
}

/** A person is the same as another with the same first and last names (whatever the case) in the same organisation. */
export async function assertPersonneUnique(
  data: { prenom: string; nom: string; organisationId: string | null },
  { sauf, tx }: { sauf?: string | string[]; tx?: Tx } = {},
) {
  const autre = await on(tx).personne.findFirst({
    where: {
      ...(sauf ? { id: { notIn: [sauf].flat() } } : {}),
      prenom: { equals: data.prenom, mode: "insensitive" },
      nom: { equals: data.nom, mode: "insensitive" },
      organisationId: data.organisationId,
    },
  });
  if (!autre) return;
  const message = `${autre.prenom} ${autre.nom} figure déjà dans le référentiel${sauf ? "." : " : choisissez cette personne dans la liste."}`;
  throw new ErreurMetier("PERSONNE_EXISTE", message, { nom: message });
}

// Reading the referential: the choice lists of the forms, and the referential page.
import "server-only";
import type { DonneesFormulaire, OrganisationOption, PersonneOption, ReferentielDetaille } from "@/lib/views/referentiel";
import { listTextesConnus } from "../conventions/check-convention";
import { on, type InTx } from "../db";

export async function listReferentiel({ tx }: InTx = {}): Promise<{ organisations: OrganisationOption[]; personnes: PersonneOption[] }> {
  const db = on(tx);
  const [organisations, personnes] = await Promise.all([
    db.organisation.findMany({ orderBy: [{ sigle: "asc" }, { nom: "asc" }], select: { id: true, nom: true, sigle: true, adresse: true } }),
    db.personne.findMany({ orderBy: { nom: "asc" }, select: { id: true, prenom: true, nom: true, qualite: true, organisationId: true } }),
  ]);
  return {
    organisations,
    personnes: personnes.map((p) => ({ id: p.id, nom: `${p.prenom} ${p.nom}`, qualite: p.qualite, organisationId: p.organisationId })),
  };
}

export async function listReferentielDetaille({ tx }: InTx = {}): Promise<ReferentielDetaille> {
  const db = on(tx);
  const [organisations, personnes] = await Promise.all([
    db.organisation.findMany({ orderBy: [{ sigle: "asc" }, { nom: "asc" }], include: { parent: true, successeur: true } }),
    db.personne.findMany({ orderBy: [{ nom: "asc" }, { prenom: "asc" }], include: { organisation: true } }),
  ]);
  return { organisations, personnes };
}

/** What the convention form needs from the database. */
export async function loadFormData({ tx }: InTx = {}): Promise<DonneesFormulaire> {
  const [referentiel, textes] = await Promise.all([listReferentiel({ tx }), listTextesConnus({ tx })]);
  return { ...referentiel, textes };
}

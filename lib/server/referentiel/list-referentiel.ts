// Reading the referential: the choice lists of the forms, and the referential page.
import "server-only";
import type {
  ChangementReferentiel,
  DonneesFormulaire,
  OrganisationOption,
  PersonneOption,
  ReferentielDetaille,
} from "@/lib/views/referentiel";
import { listTextesConnus } from "../conventions/check-convention";
import { on, type InTx } from "../db";
import { decrireLiens, type Liens } from "@/lib/domain/fusion";
import { LIBELLES_TYPE_ORGANISATION, type TypeOrganisation } from "@/lib/domain/libelles";

export async function listReferentiel({ tx }: InTx = {}): Promise<{ organisations: OrganisationOption[]; personnes: PersonneOption[] }> {
  const db = on(tx);
  const [organisations, personnes] = await Promise.all([
    db.organisation.findMany({
      orderBy: [{ sigle: "asc" }, { nom: "asc" }],
      select: { id: true, nom: true, sigle: true, type: true, adresse: true, parentId: true, successeurId: true },
    }),
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
    db.organisation.findMany({
      orderBy: [{ sigle: "asc" }, { nom: "asc" }],
      include: {
        parent: true,
        successeur: true,
        _count: {
          select: { parties: true, conventionsService: true, personnes: true, utilisateurs: true, enfants: true, predecesseurs: true },
        },
      },
    }),
    db.personne.findMany({
      orderBy: [{ nom: "asc" }, { prenom: "asc" }],
      include: { organisation: true, _count: { select: { representations: true, signatures: true } } },
    }),
  ]);
  return {
    organisations: organisations.map(({ _count: n, ...o }) => ({
      ...o,
      liens: {
        parties: n.parties,
        conventions: n.conventionsService,
        personnes: n.personnes,
        comptes: n.utilisateurs,
        rattachees: n.enfants,
        predecesseurs: n.predecesseurs,
      },
    })),
    personnes: personnes.map(({ _count: n, ...p }) => ({ ...p, liens: { representations: n.representations, signatures: n.signatures } })),
  };
}

/** What the convention form needs from the database. */
export async function loadFormData({ tx }: InTx = {}): Promise<DonneesFormulaire> {
  const [referentiel, textes] = await Promise.all([listReferentiel({ tx }), listTextesConnus({ tx })]);
  return { ...referentiel, textes };
}

const CHAMPS_SUIVIS: Record<string, string> = {
  nom: "nom",
  sigle: "sigle",
  type: "nature",
  adresse: "adresse",
  parentId: "rattachement",
  prenom: "prénom",
  qualite: "qualité",
  organisationId: "organisation",
};
const LIBELLES_EVENEMENT: Record<string, string> = {
  ORGANISATION_CREEE: "Organisation ajoutée",
  ORGANISATION_MODIFIEE: "Organisation modifiée",
  PERSONNE_CREEE: "Personne ajoutée",
  PERSONNE_MODIFIEE: "Personne modifiée",
  ORGANISATION_FUSIONNEE: "Doublon fusionné",
  PERSONNE_FUSIONNEE: "Doublon fusionné",
};
const libelleFiche = (f: Record<string, unknown>) => [f.prenom, f.sigle ?? f.nom].filter(Boolean).join(" ") || String(f.nom ?? "");

/** The referential's history, newest first: who added or changed what, field by field. */
export async function listHistoriqueReferentiel({ tx, limite = 30 }: InTx & { limite?: number } = {}): Promise<ChangementReferentiel[]> {
  const db = on(tx);
  const events = await db.auditEvent.findMany({
    where: { entite: { in: ["Organisation", "Personne"] }, type: { in: Object.keys(LIBELLES_EVENEMENT) } },
    orderBy: { createdAt: "desc" },
    take: limite,
    include: { user: { select: { nom: true } } },
  });
  const noms = new Map(
    (await db.organisation.findMany({ select: { id: true, nom: true, sigle: true } })).map((o) => [o.id, o.sigle ?? o.nom]),
  );
  const valeur = (champ: string, v: unknown) =>
    v === null || v === undefined || v === ""
      ? "—"
      : champ === "type"
        ? (LIBELLES_TYPE_ORGANISATION[v as TypeOrganisation] ?? String(v))
        : champ.endsWith("Id")
          ? (noms.get(String(v)) ?? "fiche supprimée depuis")
          : String(v);
  return events.map((e) => {
    let avant = (e.avant ?? {}) as Record<string, unknown>;
    const apres = (e.apres ?? {}) as Record<string, unknown>;
    const libelle = libelleFiche(apres);
    const fusion = e.type.endsWith("_FUSIONNEE");
    let quoi = `${LIBELLES_EVENEMENT[e.type]} : ${libelle}`;
    const repris: string[] = [];
    if (fusion) {
      const { conservee, doublon } = avant as { conservee: Record<string, unknown>; doublon: Record<string, unknown> };
      avant = conservee;
      quoi = `${LIBELLES_EVENEMENT[e.type]} : ${libelleFiche(doublon)} (fiche supprimée) → ${libelle}`;
      repris.push(...decrireLiens((apres.reprises ?? {}) as Liens));
      if (repris.length) repris[0] = `repris : ${repris[0]}`;
    }
    const changements = e.avant
      ? Object.entries(CHAMPS_SUIVIS)
          .filter(([champ]) => (avant[champ] ?? null) !== (apres[champ] ?? null))
          .map(([champ, mot]) => `${mot} : ${valeur(champ, avant[champ])} → ${valeur(champ, apres[champ])}`)
      : [];
    return { id: e.id, quand: e.createdAt, qui: e.user?.nom ?? null, quoi, changements: [...repris, ...changements] };
  });
}

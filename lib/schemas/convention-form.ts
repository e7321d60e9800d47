// What the form starts from: a stored convention, a blank draft, or the standard DINUM model.
import type { ConventionDetail } from "@/lib/views/convention";
import { montantToInput } from "@/lib/domain/money";
import { toCalendarDate } from "@/lib/domain/dates";
import { articlesModeleDinum, BASES_LEGALES_DINUM } from "@/lib/domain/modele-dinum";
import { CLES_IMPUTATION, CLES_PARAMETRAGE, type ConventionInput } from "./convention";

const s = (v: string | null | undefined) => v ?? "";
const m = (v: bigint | null | undefined) => (v === null || v === undefined ? "" : montantToInput(v));
const d = (v: Date | null | undefined) => (v ? toCalendarDate(v) : "");

const pick = <K extends string>(keys: readonly K[], source: Partial<Record<K, string | null>> | null) =>
  Object.fromEntries(keys.map((k) => [k, s(source?.[k])])) as Record<K, string>;

export function conventionToInput(c: ConventionDetail): ConventionInput {
  return {
    version: c.version,
    type: c.type,
    reference: c.reference,
    titre: c.titre,
    intitule: c.intitule,
    objet: c.objet,
    serviceId: s(c.serviceId),
    dateConvention: d(c.dateConvention),
    pointDepart: c.pointDepart,
    dateEffet: d(c.dateEffet ?? null),
    regleDuree: c.regleDuree,
    dateFin: d(c.dateFin),
    preavisMois: c.preavisMois === null ? "" : String(c.preavisMois),
    plafondAe: m(c.plafondAe),
    plafondCp: m(c.plafondCp),
    ecartAeCpMotif: s(c.ecartAeCpMotif),
    titrePreambule: s(c.titrePreambule),
    preambule: s(c.preambule),
    formuleAccord: s(c.formuleAccord),
    lieuSignature: s(c.lieuSignature),
    parties: c.parties.map((p) => ({
      role: p.role,
      organisationId: p.organisationId,
      libelle: p.libelle,
      adresse: s(p.adresse),
      representantNom: s(p.representantNom),
      qualite: s(p.qualite),
      mentionRole: s(p.mentionRole),
      denominations: p.denominations.join("\n"),
    })),
    basesLegales: c.basesLegales.map((b) => ({ texte: b.texte })),
    articles: c.articles.map((a) => ({ numero: a.numero, titre: a.titre, corps: a.corps })),
    echeancier: c.lignesEcheancier.map((l) => ({ annee: String(l.annee), ae: m(l.ae), cp: m(l.cp) })),
    imputation: pick(CLES_IMPUTATION, c.imputation),
    parametrage: pick(CLES_PARAMETRAGE, c.parametrage),
    cofinancements: c.cofinancements.map((f) => ({ financeur: f.financeur, fonds: s(f.fonds), montant: m(f.montant) })),
    signatures: c.signatures.map((g) => ({
      partie: String(
        Math.max(
          0,
          c.parties.findIndex((p) => p.id === g.partieId),
        ),
      ),
      mention: g.mention,
      signataireNom: s(g.signataireNom),
      qualite: s(g.qualite),
      groupe: String(g.groupe),
      autorite: g.autorite ?? "",
      autoriteReference: s(g.autoriteReference),
      pourLeCompteDe: s(g.pourLeCompteDe),
      lieu: s(g.lieu),
    })),
  };
}

export function emptyPartie(role: "DELEGANT" | "DELEGATAIRE" | "PARTENAIRE"): ConventionInput["parties"][number] {
  return {
    role,
    organisationId: "",
    libelle: "",
    adresse: "",
    representantNom: "",
    qualite: "",
    mentionRole: "",
    denominations: role === "DELEGANT" ? "le délégant" : role === "DELEGATAIRE" ? "le délégataire" : "",
  };
}

export function blankConvention(): ConventionInput {
  return {
    type: "DELEGATION_GESTION",
    reference: "",
    titre: "Convention de délégation de gestion",
    intitule: "",
    objet: "",
    serviceId: "",
    dateConvention: "",
    pointDepart: "SIGNATURE",
    dateEffet: "",
    regleDuree: "DATE_FIXE",
    dateFin: "",
    preavisMois: "3",
    plafondAe: "",
    plafondCp: "",
    ecartAeCpMotif: "",
    titrePreambule: "Préambule",
    preambule: "",
    formuleAccord: "Il a été convenu ce qui suit :",
    lieuSignature: "Paris",
    parties: [emptyPartie("DELEGANT"), emptyPartie("DELEGATAIRE")],
    basesLegales: [],
    articles: [],
    echeancier: [],
    imputation: pick(CLES_IMPUTATION, null),
    parametrage: pick(CLES_PARAMETRAGE, null),
    cofinancements: [],
    signatures: [],
  };
}

/** The standard DINUM model: the usual legal bases and article skeleton, to fill in. */
export function modelConvention(): ConventionInput {
  const blank = blankConvention();
  return {
    ...blank,
    basesLegales: BASES_LEGALES_DINUM.map((texte) => ({ texte })),
    parties: [blank.parties[0]!, { ...blank.parties[1]!, denominations: "le délégataire\nla DINUM" }],
    articles: articlesModeleDinum({
      delegataire: { denomination: "la DINUM" },
      objet: "",
      centreFinancier: null,
      plafondAe: null,
      plafondCp: null,
      dateFin: null,
      regleDuree: "DATE_FIXE",
      pointDepart: "SIGNATURE",
      preavisMois: 3,
      bulletinOfficiel: "du ministère",
    }),
  };
}

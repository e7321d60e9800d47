// Builds the plain, formatted data the PDF prints (lib/pdf/ConventionPdf.tsx) from a stored
// convention. Missing data is printed as « [à compléter] », never silently left out.
import "server-only";
import type { ConventionDetail } from "@/lib/views/convention";
import { A_COMPLETER, ancreSignature, type PdfConvention, type PdfTableau } from "@/lib/pdf/data";
import { formatDateCourte, formatDateLongue, toCalendarDate } from "@/lib/domain/dates";
import { formatMontant, NBSP } from "@/lib/domain/money";
import { totauxEcheancier } from "@/lib/domain/echeancier";
import { parseTexte, type Segment } from "@/lib/domain/texte";
import { estModifiable, estSigneeParTous, type Statut } from "@/lib/domain/statut";
import { LIBELLES_TYPE_CONVENTION, lignesImputation, lignesParametrage, TITRE_PARAMETRAGE } from "@/lib/domain/libelles";

/** « Article 3 : Titre », as every PDF prints an article heading. */
export const titreArticle = (numero: string, titre: string) => `Article ${numero}${NBSP}: ${titre}`;
const orA = (value: string | null | undefined) => (value && value.trim() ? value : A_COMPLETER);

/** A segment as the cell's light markup writes it (the PDF's table prints bold and italics). */
const balise = (s: Segment) => (s.gras ? `**${s.texte}**` : s.italique ? `*${s.texte}*` : s.texte);

/** A cell or a short text in light markup, as lines ("– " for list items), emphasis kept. */
function lignes(source: string): string {
  return parseTexte(source)
    .map((b) => {
      switch (b.type) {
        case "liste":
          return b.items.map((item) => `– ${item.map(balise).join("")}`).join("\n");
        case "tableau":
          return "";
        case "paragraphe":
        case "sous-titre":
          return b.segments.map(balise).join("");
      }
    })
    .filter(Boolean)
    .join("\n");
}

function sigle(org: { sigle: string | null; nom: string; parent?: { sigle: string | null } | null }) {
  return [
    org.parent?.sigle,
    org.sigle ??
      org.nom
        .split(/\s+/)
        .map((w) => w[0])
        .join(""),
  ]
    .filter(Boolean)
    .join("-");
}

export function pdfFileName(c: Pick<ConventionDetail, "dateConvention" | "dateSignature" | "type" | "parties">, suffix = "") {
  const date = c.dateConvention ?? c.dateSignature;
  const nature =
    c.type === "CONVENTION_SERVICE"
      ? "convention-de-service"
      : c.type === "CONVENTION_PARTENARIAT"
        ? "convention-de-partenariat"
        : "convention";
  const delegants = c.parties.filter((p) => p.role !== "DELEGATAIRE").map((p) => sigle(p.organisation));
  const delegataire = c.parties.filter((p) => p.role === "DELEGATAIRE").map((p) => sigle(p.organisation));
  const parts = [date ? toCalendarDate(date) : "projet", nature, ...delegants, ...delegataire].join("_");
  return `${parts}${suffix}.pdf`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.-]/g, "-");
}

export function tableauxPdf(
  c: Pick<ConventionDetail, "imputation" | "parametrage" | "cofinancements">,
  echeancier: { annee: number; ae: bigint; cp: bigint }[],
): PdfConvention["tableaux"] {
  const totaux = totauxEcheancier(echeancier);
  const tableaux: PdfConvention["tableaux"] = {
    echeancier: {
      colonnes: ["Année", "AE", "CP"],
      lignes: echeancier.length
        ? echeancier.map((l) => [String(l.annee), formatMontant(l.ae), formatMontant(l.cp)])
        : [[A_COMPLETER, A_COMPLETER, A_COMPLETER]],
      total: ["Total", formatMontant(totaux.ae), formatMontant(totaux.cp)],
    },
  };
  if (c.imputation) tableaux.imputation = { titre: c.imputation.intitule ?? undefined, lignes: lignesImputation(c.imputation) };
  if (c.parametrage) tableaux.parametrage = { titre: TITRE_PARAMETRAGE, lignes: lignesParametrage(c.parametrage) };
  if (c.cofinancements.length) {
    tableaux.cofinancement = {
      colonnes: ["Financeur", "Fonds", "Montant"],
      lignes: c.cofinancements.map((f) => [f.financeur, f.fonds ?? "", formatMontant(f.montant)]),
    };
  }
  return tableaux;
}

type PartieImprimee = Pick<
  ConventionDetail["parties"][number],
  "libelle" | "adresse" | "representantNom" | "qualite" | "mentionRole" | "denominations"
>;

/** The parties as the heading prints them: « Le ministère …, Représenté par …, qualité, délégant, d'une part ; Ci-après dénommé « … » ». */
export function partiesPdf(parties: readonly PartieImprimee[]): PdfConvention["parties"] {
  return parties.map((p) => {
    const feminin = /^(la|une)\b/i.test(p.libelle.trim());
    return {
      libelle: orA(p.libelle),
      adresse: p.adresse,
      representation: `Représenté${feminin ? "e" : ""} par ${orA(p.representantNom)}${p.qualite ? `, ${p.qualite}` : ""}${p.mentionRole ? `, ${p.mentionRole}` : ""}`,
      denomination: p.denominations.length
        ? `Ci-après dénommé${feminin ? "e" : ""} ${p.denominations.map((d) => `«${NBSP}${d}${NBSP}»`).join(" ou ")}`
        : null,
    };
  });
}

type BlocImprime = {
  id?: string;
  mention: string;
  signataireNom: string | null;
  qualite: string | null;
  dateSignature: Date | null;
  signee?: boolean;
  pourLeCompteDe?: string | null;
  lieu?: string | null;
};

/** « Pour la DINUM, » from a party as printed (« La DINUM », « Le ministère … »). */
export const pourLaPartie = (libelle: string) => `Pour ${libelle.trim().replace(/^(L[ea]s?\b|L['’])/, (a) => a.toLowerCase())},`;

const POINTILLES = "……………………";

/** The signature blocks, and where and when they sign: one « Fait à Paris, le … » for all, or, when a
 *  party signs elsewhere (its block's own place), « À …, le … » in each block. Without any block,
 *  one empty block per party (« Pour la DINUM, »). */
export function signaturesPdf(
  signatures: readonly BlocImprime[],
  parties: readonly string[],
  document: { lieu: string | null; dateSignature: Date | null },
): Pick<PdfConvention, "faitA" | "signatures"> {
  const blocs: BlocImprime[] = signatures.length
    ? [...signatures]
    : parties.map((p) => ({ mention: pourLaPartie(p), signataireNom: null, qualite: null, dateSignature: null }));
  const lieu = document.lieu?.trim() || "Paris";
  const parBloc = blocs.some((b) => b.lieu?.trim() && b.lieu.trim() !== lieu);
  const date = (d: Date | null) => (d ? formatDateLongue(d) : POINTILLES);
  return {
    faitA: parBloc ? "" : `Fait à ${lieu}, le ${date(document.dateSignature)}`,
    // « Signé le … » for a party that has signed, and only for it.
    signatures: blocs.map((s) => ({
      lieuDate: parBloc ? `À ${s.lieu?.trim() || lieu}, le ${date(s.signee ? s.dateSignature : null)}` : null,
      mention: s.pourLeCompteDe ? `${s.mention} ${s.pourLeCompteDe}` : s.mention,
      nom: s.signataireNom,
      qualite: s.qualite,
      date: s.signee ? (s.dateSignature ? `Signé le ${formatDateCourte(s.dateSignature)}` : "Signé") : null,
      ancre: s.id ? ancreSignature(s.id) : null,
    })),
  };
}

/** What every page says of the document's state: « PROJET » before the freeze only; the version
 *  sent to signature says so; a document signed by some parties says how many. */
export function etatImprime(statut: Statut, blocs: readonly { signee: boolean }[]): Pick<PdfConvention, "filigrane" | "bandeau"> {
  if (estModifiable(statut)) return { filigrane: "PROJET", bandeau: "PROJET — document non signé" };
  if (statut === "PRETE_A_SIGNER") return { filigrane: null, bandeau: "Version soumise à la signature des parties" };
  if (statut === "SIGNEE_PARTIELLEMENT") {
    const n = blocs.filter((b) => b.signee).length;
    return { filigrane: null, bandeau: `Signé par ${n} partie${n > 1 ? "s" : ""} sur ${blocs.length} — signatures en cours` };
  }
  return { filigrane: null, bandeau: "" };
}

/** The ministry the bloc-marque names: the drafting délégant's ministry (the party's organisation, or the one it belongs to). */
function ministereDe(c: ConventionDetail): string | null {
  const p = c.parties.find((x) => x.role === "DELEGANT") ?? c.parties[0];
  if (!p) return null;
  const o = p.organisation;
  if (o.type === "MINISTERE") return o.nom;
  return o.parent?.type === "MINISTERE" ? o.parent.nom : null;
}

export function buildConventionPdfData(c: ConventionDetail): PdfConvention {
  const signee = estSigneeParTous(c.statut);
  return {
    meta: {
      title: `${c.titre} — ${c.intitule}`,
      subject: `${LIBELLES_TYPE_CONVENTION[c.type]} ${c.reference}${signee ? "" : " (projet)"}`,
      author: c.parties.map((p) => p.organisation.sigle ?? p.organisation.nom).join(", "),
      fileName: pdfFileName(c),
    },
    reference: c.reference,
    ministere: ministereDe(c),
    signee,
    ...etatImprime(c.statut, c.signatures),
    titre: `${c.titre}${c.dateConvention ? ` du ${formatDateLongue(c.dateConvention)}` : ""}`,
    parties: partiesPdf(c.parties),
    visas: c.basesLegales.map((b) => `Vu ${b.texte} ;`),
    preambule: c.preambule ? { titre: c.titrePreambule ?? "Préambule", texte: c.preambule } : null,
    formuleAccord: c.formuleAccord,
    articles: c.articles.length
      ? c.articles.map((a) => ({
          titre: titreArticle(a.numero, orA(a.titre)),
          corps: a.corps.trim() ? a.corps : A_COMPLETER,
          notes: a.notes,
        }))
      : [{ titre: "Articles", corps: A_COMPLETER, notes: [] }],
    tableaux: tableauxPdf(c, c.lignesEcheancier),
    ...signaturesPdf(
      c.signatures,
      c.parties.map((p) => p.libelle),
      { lieu: c.lieuSignature, dateSignature: c.dateSignature },
    ),
    annexes: c.annexes.map((a) => {
      const tableau = a.tableau as { colonnes: string[]; lignes: string[][] } | null;
      const pdfTableau: PdfTableau | null = tableau
        ? { colonnes: tableau.colonnes, lignes: tableau.lignes.map((l) => l.map(lignes)) }
        : null;
      return { titre: `Annexe ${a.numero}${NBSP}: ${a.titre}`, texte: a.texte, tableau: pdfTableau };
    }),
  };
}

// Signing a convention or an avenant (docs/domaine.md, « Signature, publication, exécution »): an
// ordered list of signature steps. Steps of one group may sign in any order; groups follow one
// another (by default the délégant(s) first, the délégataire last). Each party signs on its own
// date; the document's signature date is the last one, and its dates follow from it. Pure.
import { formatDateCourte, type CalendarDate } from "./dates";
import { ErreurMetier } from "./erreurs";
import { memeBranche } from "./hierarchie";
import { rolesCan, type Role } from "./roles";

export type AutoriteSignature = "TITULAIRE" | "DELEGATION" | "INTERIM";
export type NiveauSignature = "SCAN" | "AVANCEE" | "QUALIFIEE";
export type ModeSignature = "SCAN" | "APPLICATION";

export const LIBELLES_AUTORITE: Record<AutoriteSignature, string> = {
  TITULAIRE: "Titulaire de la fonction (nomination)",
  DELEGATION: "Délégation de signature",
  INTERIM: "Intérim",
};

/** A block's power to sign as printed and shown: not yet stated, it says so. */
export const libelleAutorite = (a: AutoriteSignature | null) => (a ? LIBELLES_AUTORITE[a] : "Pouvoir de signer à préciser");

/** The level recorded, honestly: a scanned handwritten signature is not an electronic signature in law. */
export const LIBELLES_NIVEAU: Record<NiveauSignature, string> = {
  SCAN: "Signature manuscrite numérisée (scan)",
  AVANCEE: "Signature électronique avancée (certificat interne, clé déverrouillée par le signataire)",
  QUALIFIEE: "Signature électronique qualifiée (prestataire qualifié eIDAS)",
};

export type EtapeSignature = { id: string; groupe: number; ordre: number; signee: boolean; partieRole?: string | null };

/** The default group of a party's block: the délégant(s) and partners first, the délégataire last. */
export function groupeParDefaut(role: string | null | undefined): number {
  return role === "DELEGATAIRE" ? 2 : 1;
}

/** The steps whose turn it is: the unsigned steps of the first group not entirely signed. */
export function etapesAuTour<T extends EtapeSignature>(etapes: readonly T[]): T[] {
  const restantes = etapes.filter((e) => !e.signee);
  if (restantes.length === 0) return [];
  const groupe = Math.min(...restantes.map((e) => e.groupe));
  return restantes.filter((e) => e.groupe === groupe).sort((a, b) => a.ordre - b.ordre);
}

/** Refuses a step that is already signed or whose turn has not come (an earlier group is not signed). */
export function assertAuTour(etapes: readonly EtapeSignature[], id: string): void {
  const etape = etapes.find((e) => e.id === id);
  if (!etape) throw new ErreurMetier("ETAPE_INCONNUE", "Ce bloc de signature n'appartient pas à ce document.");
  if (etape.signee) throw new ErreurMetier("DEJA_SIGNEE", "Cette partie a déjà signé.");
  if (!etapesAuTour(etapes).some((e) => e.id === id)) {
    const avant = etapes.filter((e) => !e.signee && e.groupe < etape.groupe).length;
    throw new ErreurMetier(
      "HORS_TOUR",
      `Ce n'est pas encore le tour de cette partie : ${avant} signature${avant > 1 ? "s" : ""} du groupe précédent ${avant > 1 ? "doivent" : "doit"} d'abord être recueillie${avant > 1 ? "s" : ""}.`,
    );
  }
}

/** The statut once a step is signed, and the document's signature date (the last one) when complete. */
export function apresSignature(
  etapes: readonly (EtapeSignature & { dateSignature: CalendarDate | null })[],
  id: string,
  date: CalendarDate,
): { statut: "SIGNEE_PARTIELLEMENT" | "SIGNEE"; dateSignature: CalendarDate | null } {
  const apres = etapes.map((e) => (e.id === id ? { ...e, signee: true, dateSignature: date } : e));
  if (apres.some((e) => !e.signee)) return { statut: "SIGNEE_PARTIELLEMENT", dateSignature: null };
  const dates = apres.map((e) => e.dateSignature).filter((d): d is CalendarDate => d !== null);
  return { statut: "SIGNEE", dateSignature: dates.reduce((a, b) => (a > b ? a : b), date) };
}

/** A party's signature date: never in the future; a date before a signature already recorded, or
 *  before the version sent to signature was frozen, is what a document signed on paper long ago bears
 *  — accepted only once the agent has said why (`motif`), else refused in French, saying what it
 *  precedes. (Dates are the parties' own: the document's date is the last of them.) */
export function controlerDateSignature(d: {
  date: CalendarDate;
  aujourdhui: CalendarDate;
  figeeLe: CalendarDate | null;
  precedentes: readonly { partie: string; date: CalendarDate }[];
  motif?: string | null;
}): void {
  if (d.date > d.aujourdhui) {
    const message = "La date de signature ne peut pas être dans le futur.";
    throw new ErreurMetier("DATE_FUTURE", message, { dateSignature: message });
  }
  const raisons = [
    ...d.precedentes
      .filter((p) => p.date > d.date)
      .map((p) => `la signature déjà enregistrée de ${p.partie} (${formatDateCourte(p.date)})`),
    ...(d.figeeLe && d.date < d.figeeLe ? [`l'envoi à la signature de cette version (figée le ${formatDateCourte(d.figeeLe)})`] : []),
  ];
  if (!raisons.length || (d.motif?.trim().length ?? 0) >= MOTIF_DATE_MIN) return;
  const champ = `Indiquez pourquoi (${MOTIF_DATE_MIN} caractères au moins), par exemple « document signé sur papier le ${formatDateCourte(d.date)}, saisi après coup ».`;
  throw new ErreurMetier(
    "DATE_A_CONFIRMER",
    `La date du ${formatDateCourte(d.date)} précède ${raisons.join(" et ")}. S'il s'agit bien de la date écrite sur le document signé, confirmez-la en indiquant pourquoi ; sinon, corrigez-la.`,
    { motifDate: champ },
  );
}

/** How long the reason for an earlier paper date must be, at least (a word is not a reason). */
export const MOTIF_DATE_MIN = 10;

/** How recent a ProConnect authentication must be to sign (`prompt=login` just before). */
export const DELAI_REAUTH_PROCONNECT_S = 5 * 60;

/** What the ID token of the last ProConnect login said (auth_time in seconds since the epoch). */
export type AuthentificationProConnect = { authTime: number | null; acr: string | null };

/** What a signature records of the signatory's re-authentication. */
export type Reauthentification = { methode: string; le: string; acr?: string | null };

/** A ProConnect re-authentication good enough to sign: recent (`auth_time`, checked here, not
 *  trusted from the browser) and, when the deployment asks for one, of an accepted `acr` level. */
export function verifierReauthProConnect(
  a: AuthentificationProConnect | null,
  maintenant: Date,
  acrExiges: readonly string[] = [],
): Reauthentification {
  const refus = (code: string, message: string) => new ErreurMetier(code, message, { reauthentification: message });
  if (!a) throw refus("REAUTH_REQUISE", "Réauthentifiez-vous avec ProConnect pour signer : la signature n'a pas été appliquée.");
  if (a.authTime === null)
    throw refus("REAUTH_SANS_HEURE", "ProConnect n'a pas indiqué l'heure de votre authentification : signature impossible par ProConnect.");
  const age = maintenant.getTime() / 1000 - a.authTime;
  if (age > DELAI_REAUTH_PROCONNECT_S || age < -60)
    throw refus(
      "REAUTH_EXPIREE",
      `Votre authentification ProConnect date de plus de ${DELAI_REAUTH_PROCONNECT_S / 60} minutes : réauthentifiez-vous pour signer.`,
    );
  if (acrExiges.length > 0 && !(a.acr && acrExiges.includes(a.acr)))
    throw refus(
      "REAUTH_NIVEAU",
      `La signature demande une authentification ProConnect de niveau ${acrExiges.join(" ou ")} (deux facteurs) ; ` +
        `ProConnect a indiqué ${a.acr ? `« ${a.acr} »` : "aucun niveau"}.`,
    );
  return { methode: "ProConnect (prompt=login)", le: new Date(a.authTime * 1000).toISOString(), acr: a.acr };
}

/** An organisation as the signing rights read it: its place in the hierarchy and its successor. */
export type OrganisationSignataire = {
  id: string;
  parentId: string | null;
  successeurId?: string | null;
  sigle?: string | null;
  nom?: string;
};

/** What an agent may do for a party's block: sign it in the app (an agent of the party's
 *  organisation, of one above or below it, or — the party's organisation having since been
 *  succeeded, DINSIC → DINUM — of its successor, who then signs « au titre » of it); deposit the scan
 *  of its paper signature (the same agents, or an agent whose role may record any party's). `successions`:
 *  those the documents themselves record (an avenant replacing an organisation by its successor), beside
 *  the referential's. */
export function droitsSurLaPartie(
  organisations: readonly OrganisationSignataire[],
  agent: { roles: readonly Role[]; organisationId: string | null },
  partieOrganisationId: string | null | undefined,
  successions: readonly { de: string; vers: string }[] = [],
): { signer: boolean; deposerScan: boolean; successeur: OrganisationSignataire | null } {
  const signataire = rolesCan(agent.roles, "convention.signer");
  const pourAutrui = signataire && rolesCan(agent.roles, "signature.deposer_pour_autrui");
  if (!signataire || !partieOrganisationId) return { signer: false, deposerScan: pourAutrui, successeur: null };
  const parId = new Map(organisations.map((o) => [o.id, o]));
  const deLaBranche = (id: string) => Boolean(agent.organisationId && memeBranche(organisations, agent.organisationId, id));
  if (deLaBranche(partieOrganisationId)) return { signer: true, deposerScan: true, successeur: null };
  // The successors, one after another (DINSIC → DINUM → …), from the referential and the documents.
  const suivant = (id: string) => successions.find((s) => s.de === id)?.vers ?? parId.get(id)?.successeurId ?? null;
  const vus = new Set([partieOrganisationId]);
  for (let id = suivant(partieOrganisationId); id && !vus.has(id); id = suivant(id)) {
    vus.add(id);
    if (deLaBranche(id)) return { signer: true, deposerScan: true, successeur: parId.get(id) ?? { id, parentId: null } };
  }
  return { signer: false, deposerScan: pourAutrui, successeur: null };
}

/** « pour la DINSIC, au titre de la DINUM qui lui a succédé »: what a successor's signature says. */
export function mentionSuccession(partie: { sigle?: string | null; nom?: string } | null, successeur: OrganisationSignataire): string {
  const nom = (o: { sigle?: string | null; nom?: string } | null) => o?.sigle || o?.nom || "l'organisation";
  return `pour ${nom(partie)}, au titre de ${nom(successeur)} qui lui a succédé`;
}

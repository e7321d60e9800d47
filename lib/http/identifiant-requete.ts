// A request's id (issue 23): the one the request carries when it is well formed (set by a trusted
// proxy, or by scripts/serveur.ts before Next), else a new one. Logs of the request and of its errors carry it.
export const EN_TETE_ID_REQUETE = "x-request-id";

export function identifiantDeRequete(recu: string | string[] | null | undefined): string {
  return typeof recu === "string" && /^[A-Za-z0-9._:-]{8,128}$/.test(recu) ? recu : crypto.randomUUID();
}

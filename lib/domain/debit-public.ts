// What a client may ask of the public uploads (« Vérifier une publication ») without a session: a
// number of requests per address over a sliding window — each reads up to 20 Mo and checks
// signatures, so one address must not hold the service — then a French answer saying when to come
// back. Counted in PostgreSQL, so every instance shares the limit (lib/server/publication/debit-public.ts).

export const FENETRE_DEBIT_PUBLIC_MINUTES = 10;

/** Seconds before the next request may be served (0: now): the oldest request of the window must
 *  leave it first. `recentes`: the requests of the window, their number and the oldest one. */
export function attenteDebitS(recentes: { nombre: number; plusAncienne: Date | null }, limite: number, now: Date): number {
  if (recentes.nombre < limite || !recentes.plusAncienne) return 0;
  const libre = recentes.plusAncienne.getTime() + FENETRE_DEBIT_PUBLIC_MINUTES * 60_000;
  return Math.max(1, Math.ceil((libre - now.getTime()) / 1000));
}

/** « réessayez dans 4 minutes » */
export function messageDebit(attenteS: number): string {
  const minutes = Math.ceil(attenteS / 60);
  const delai = attenteS < 60 ? `${attenteS} seconde${attenteS > 1 ? "s" : ""}` : `${minutes} minute${minutes > 1 ? "s" : ""}`;
  return `Trop de vérifications depuis votre adresse en ${FENETRE_DEBIT_PUBLIC_MINUTES} minutes : réessayez dans ${delai}.`;
}

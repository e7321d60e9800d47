// The public uploads' limit per client address (lib/domain/debit-public.ts), shared by every
// instance through PostgreSQL: a request is counted before its body is read, refused or not.
import "server-only";
import { attenteDebitS, FENETRE_DEBIT_PUBLIC_MINUTES } from "@/lib/domain/debit-public";
import { environnement } from "../environnement";
import { db } from "../db";

/** Seconds the address must wait (0: the request is served, and counted). */
export async function accorderDemandePublique(
  nature: string,
  adresse: string,
  { now = new Date(), limite = environnement().VERIFICATION_PUBLIQUE_LIMITE }: { now?: Date; limite?: number } = {},
): Promise<number> {
  const depuis = new Date(now.getTime() - FENETRE_DEBIT_PUBLIC_MINUTES * 60_000);
  const r = await db.demandePublique.aggregate({
    where: { nature, adresse, createdAt: { gt: depuis, lte: now } },
    _count: true,
    _min: { createdAt: true },
  });
  const attente = attenteDebitS({ nombre: r._count, plusAncienne: r._min.createdAt }, limite, now);
  if (attente > 0) return attente;
  await db.demandePublique.create({ data: { nature, adresse, createdAt: now } });
  // kept for the window only (a day at most: « Données personnelles »)
  await db.demandePublique.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } } });
  return 0;
}

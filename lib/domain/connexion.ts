// Throttling password logins: growing delays, never a lock. Failures are counted over a window by
// three keys — the account from this address, the account from anywhere, the address whatever the
// account — each with a number of free failures, then a delay that doubles with each further one,
// up to a cap. The pair's cap is long (the guesser is slowed), the account's is short (a stranger
// elsewhere can delay the real agent by a minute at most, never lock them out), the address's is
// long (one client trying many accounts).

export const FENETRE_MINUTES = 15;

export type Cle = "paire" | "compte" | "adresse";
export type Echecs = { nombre: number; dernier: Date | null };

export const REGLES: Record<Cle, { gratuits: number; plafondS: number }> = {
  paire: { gratuits: 3, plafondS: 15 * 60 },
  compte: { gratuits: 10, plafondS: 60 },
  adresse: { gratuits: 20, plafondS: 15 * 60 },
};

/** The delay a key imposes after its last failure, in seconds. */
export function delaiS(cle: Cle, nombre: number): number {
  const { gratuits, plafondS } = REGLES[cle];
  if (nombre < gratuits) return 0;
  return Math.min(plafondS, 2 ** (nombre - gratuits));
}

/** How long to wait before the next attempt may even be checked, in whole seconds (0: now). */
export function attenteS(echecs: Record<Cle, Echecs>, now: Date): number {
  let attente = 0;
  for (const cle of Object.keys(REGLES) as Cle[]) {
    const { nombre, dernier } = echecs[cle];
    if (!dernier) continue;
    const libre = dernier.getTime() + delaiS(cle, nombre) * 1000;
    attente = Math.max(attente, Math.ceil((libre - now.getTime()) / 1000));
  }
  return attente;
}

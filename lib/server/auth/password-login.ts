// Local accounts (demo, and sites without single sign-on). Failed attempts are counted per e-mail
// whether the account exists or not, and per client address, kept in PostgreSQL so that every
// instance of the app shares them; they slow the next attempts with growing delays
// (lib/domain/connexion.ts), never lock an account. Every failure answers the same, so nothing
// tells whether an account exists.
import "server-only";
import bcrypt from "bcryptjs";
import { attenteS, FENETRE_MINUTES, type Cle, type Echecs } from "@/lib/domain/connexion";
import { db } from "../db";

/** How long a failed attempt is kept (the throttling looks back FENETRE_MINUTES). */
export const CONSERVATION_TENTATIVES_MS = 24 * 60 * 60 * 1000;

// Compared against when the account does not exist, so both paths take the same time.
const HASH_FACTICE = "$2b$10$iy9EEkYvoyR7AGl3Yibme.jEoyBJwQQAW.mLs9IkVb8.T5L2mMCuK";

export type LoginResult =
  | { ok: true; user: { id: string; email: string; nom: string; roles: string[] } }
  | { ok: false; reason: "IDENTIFIANTS_INVALIDES" }
  | { ok: false; reason: "TROP_DE_TENTATIVES"; attenteS: number };

async function echecsRecents(email: string, adresse: string | null, since: Date, now: Date): Promise<Record<Cle, Echecs>> {
  const compter = async (where: { email?: string; adresse?: string }): Promise<Echecs> => {
    const r = await db.tentativeConnexion.aggregate({
      where: { ...where, createdAt: { gte: since, lte: now } },
      _count: true,
      _max: { createdAt: true },
    });
    return { nombre: r._count, dernier: r._max.createdAt };
  };
  if (!adresse) {
    // No address known: the pair is the account, counted once.
    const compte = await compter({ email });
    return { paire: compte, compte, adresse: { nombre: 0, dernier: null } };
  }
  const [paire, compte, parAdresse] = await Promise.all([compter({ email, adresse }), compter({ email }), compter({ adresse })]);
  return { paire, compte, adresse: parAdresse };
}

export async function loginWithPassword(
  emailInput: string,
  password: string,
  { adresse = null, now = new Date() }: { adresse?: string | null; now?: Date } = {},
): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  const since = new Date(now.getTime() - FENETRE_MINUTES * 60_000);
  // Too soon after the last failures: not even checked (and not counted), whatever the password.
  const attente = attenteS(await echecsRecents(email, adresse, since, now), now);
  if (attente > 0) return { ok: false, reason: "TROP_DE_TENTATIVES", attenteS: attente };

  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const valid = await bcrypt.compare(password, user?.passwordHash ?? HASH_FACTICE);
  if (!user || !user.actif || !user.passwordHash || !valid) {
    await db.tentativeConnexion.create({ data: { email, adresse, createdAt: now } });
    // Kept only while they can slow a guess: a day at most (« Données personnelles » says so).
    await db.tentativeConnexion.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - CONSERVATION_TENTATIVES_MS) } } });
    await db.auditEvent.create({
      data: { type: "CONNEXION_ECHOUEE", entite: "User", entiteId: user?.id ?? null, apres: { email, adresse } },
    });
    return { ok: false, reason: "IDENTIFIANTS_INVALIDES" };
  }
  await db.$transaction([
    // This agent's failures from here are forgiven; those from elsewhere still count.
    db.tentativeConnexion.deleteMany({ where: adresse ? { email, adresse } : { email } }),
    db.user.update({ where: { id: user.id }, data: { derniereConnexion: now } }),
    db.auditEvent.create({
      data: { type: "CONNEXION_REUSSIE", entite: "User", entiteId: user.id, userId: user.id, apres: { methode: "mot de passe" } },
    }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, nom: user.nom, roles: user.roles } };
}

/** Whether an account (active or not) exists for this e-mail. */
export async function compteExistant(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}

// ProConnect: the identity comes from the State's provider, the role from our own accounts,
// matched by professional e-mail.
export async function loginWithProConnect(emailInput: string | undefined | null) {
  const email = (emailInput ?? "").trim().toLowerCase();
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.actif) {
    await db.auditEvent.create({ data: { type: "CONNEXION_PROCONNECT_REFUSEE", entite: "User", apres: { email } } });
    return null;
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { derniereConnexion: new Date() } }),
    db.auditEvent.create({
      data: { type: "CONNEXION_REUSSIE", entite: "User", entiteId: user.id, userId: user.id, apres: { methode: "ProConnect" } },
    }),
  ]);
  return user;
}

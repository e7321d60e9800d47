// Local accounts (demo, and sites without single sign-on). Failed attempts are counted per e-mail
// whether the account exists or not, and every failure answers the same, so nothing tells
// whether an account exists.
import "server-only";
import bcrypt from "bcryptjs";
import { db } from "../db";

export const MAX_ECHECS = 5;
export const FENETRE_MINUTES = 15;

// Compared against when the account does not exist, so both paths take the same time.
const HASH_FACTICE = "$2b$10$iy9EEkYvoyR7AGl3Yibme.jEoyBJwQQAW.mLs9IkVb8.T5L2mMCuK";

export type LoginResult =
  | { ok: true; user: { id: string; email: string; nom: string; role: string } }
  | { ok: false; reason: "IDENTIFIANTS_INVALIDES" | "TROP_DE_TENTATIVES" };

export async function loginWithPassword(emailInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  const since = new Date(now.getTime() - FENETRE_MINUTES * 60_000);
  const failures = await db.tentativeConnexion.count({ where: { email, createdAt: { gte: since } } });
  if (failures >= MAX_ECHECS) return { ok: false, reason: "TROP_DE_TENTATIVES" };

  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const valid = await bcrypt.compare(password, user?.passwordHash ?? HASH_FACTICE);
  if (!user || !user.actif || !user.passwordHash || !valid) {
    await db.tentativeConnexion.create({ data: { email, createdAt: now } });
    await db.auditEvent.create({ data: { type: "CONNEXION_ECHOUEE", entite: "User", entiteId: user?.id ?? null, apres: { email } } });
    return { ok: false, reason: "IDENTIFIANTS_INVALIDES" };
  }
  await db.$transaction([
    db.tentativeConnexion.deleteMany({ where: { email } }),
    db.user.update({ where: { id: user.id }, data: { derniereConnexion: now } }),
    db.auditEvent.create({
      data: { type: "CONNEXION_REUSSIE", entite: "User", entiteId: user.id, userId: user.id, apres: { methode: "mot de passe" } },
    }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, nom: user.nom, role: user.role } };
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

// The first administrator of a new deployment, created from the command line (`npm run compte --
// creer-admin EMAIL`): refused when an active administrator already exists, unless forced (a lost
// administrator). The invitation link is printed (and e-mailed when SMTP is configured).
import "server-only";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { createInvitation } from "./invitation";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { emailAgent } from "@/lib/schemas/compte";

export async function createFirstAdmin(
  input: { email: string; nom: string; force?: boolean },
  { tx: outer }: InTx = {},
): Promise<{ id: string; email: string; lien: string; envoyee: boolean; promu: boolean }> {
  const lue = emailAgent.safeParse(input.email);
  if (!lue.success) throw new ErreurMetier("SAISIE_INVALIDE", `« ${input.email} » n'est pas une adresse électronique.`);
  const email = lue.data;
  return inTransaction(outer, async (tx) => {
    const admins = await tx.user.findMany({ where: { roles: { has: "ADMINISTRATEUR" }, actif: true }, select: { email: true } });
    if (admins.length && !input.force)
      throw new ErreurMetier(
        "ADMINISTRATEUR_EXISTANT",
        `Il existe déjà ${admins.length} administrateur(s) actif(s) (${admins.map((a) => a.email).join(", ")}) : ils ouvrent les comptes depuis « Administration ». Ajoutez --force pour en créer un quand même.`,
      );
    const existant = await tx.user.findUnique({ where: { email } });
    const user = existant
      ? await tx.user.update({
          where: { id: existant.id },
          data: {
            roles: [...new Set([...existant.roles.filter((r) => r !== "LECTEUR"), "ADMINISTRATEUR" as const])],
            actif: true,
            version: existant.version + 1,
          },
        })
      : await tx.user.create({ data: { email, nom: input.nom, roles: ["ADMINISTRATEUR"] } });
    await recordAudit(tx, {
      userId: null,
      type: existant ? "COMPTE_MODIFIE" : "COMPTE_CREE",
      entite: "User",
      entiteId: user.id,
      avant: existant ? { roles: existant.roles, actif: existant.actif } : undefined,
      apres: { email, nom: user.nom, roles: user.roles, actif: true, par: "ligne de commande" },
    });
    return { id: user.id, email, promu: Boolean(existant), ...(await createInvitation(tx, user.id)) };
  });
}

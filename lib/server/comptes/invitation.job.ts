// The invitation e-mail of a new account (or one sent again), sent by the worker once the account is
// committed. The link holds the token; the database keeps only its SHA-256.
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { defineJob } from "../jobs/job";
import { ADRESSE_APP, EXPEDITEUR, transport } from "../notifications/courriel";
import { cheminInvitation, VALIDITE_INVITATION_H } from "@/lib/domain/comptes";

export const invitationJob = defineJob({
  nom: "invitation",
  charge: z.object({ userId: z.string().min(1), jeton: z.string().min(1) }),
  tentatives: 12,
  async executer({ userId, jeton }) {
    const user = await db.user.findUnique({ where: { id: userId } });
    if (!user || !user.actif) return; // removed or deactivated since
    const lien = `${ADRESSE_APP()}${cheminInvitation(jeton)}`;
    await transport().sendMail({
      from: EXPEDITEUR(),
      to: `${user.nom} <${user.email}>`,
      subject: "[Conventions] Votre compte est ouvert",
      text:
        `Bonjour,\n\nUn administrateur vous a ouvert un compte sur le service « Conventions de délégation de gestion ».\n\n` +
        `Pour choisir votre mot de passe, ouvrez ce lien (valable ${VALIDITE_INVITATION_H} heures, une seule fois) :\n${lien}\n\n` +
        `Si votre ministère utilise ProConnect, vous pouvez aussi vous connecter directement avec ProConnect : ${ADRESSE_APP()}/connexion\n\n` +
        `Si vous n'attendiez pas ce courriel, ignorez-le.\n`,
    });
  },
});

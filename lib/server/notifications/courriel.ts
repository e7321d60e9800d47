// Sending e-mail (nodemailer) when SMTP_URL is set — « smtp://user:pass@host:587 », or
// « smtps://… » for TLS from the start. Without it, notifications stay in the in-app inbox.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { environnement } from "../environnement";

let transporteur: Transporter | undefined;

export const courrielActif = () => Boolean(environnement().SMTP_URL);

export function transport(): Transporter {
  transporteur ??= nodemailer.createTransport(environnement().SMTP_URL!);
  return transporteur;
}

export const EXPEDITEUR = () =>
  environnement().SMTP_FROM || "Conventions de délégation de gestion <ne-pas-repondre@conventions.numerique.gouv.fr>";

/** The address of the app, for links in e-mails. */
export const ADRESSE_APP = () => (environnement().APP_URL || environnement().NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");

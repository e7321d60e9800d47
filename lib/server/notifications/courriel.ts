// Sending e-mail (nodemailer) when SMTP_URL is set — « smtp://user:pass@host:587 », or
// « smtps://… » for TLS from the start. Without it, notifications stay in the in-app inbox.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

let transporteur: Transporter | undefined;

export const courrielActif = () => Boolean(process.env.SMTP_URL);

export function transport(): Transporter {
  transporteur ??= nodemailer.createTransport(process.env.SMTP_URL!);
  return transporteur;
}

export const EXPEDITEUR = () =>
  process.env.SMTP_FROM || "Conventions de délégation de gestion <ne-pas-repondre@conventions.numerique.gouv.fr>";

/** The address of the app, for links in e-mails. */
export const ADRESSE_APP = () => (process.env.APP_URL || process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");

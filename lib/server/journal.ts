// The logs (issue 23): JSON lines on stdout (pino), one object per event — a request (scripts/serveur.ts),
// a job (scripts/worker.ts), an error of a route or an action —, with the process's role and the
// request id when there is one. What must never be written is removed whatever the caller passes:
// passwords, tokens, cookies, authorisation headers, a document's text, bank details.
// Not "server-only": the server and the worker scripts use it too.
import pino, { type Logger } from "pino";
import { environnement } from "./environnement";

/** Keys whose values never reach a log, at any depth pino's redaction reaches (the key itself, or one level down). */
const SECRETS = [
  "motDePasse",
  "password",
  "secret",
  "token",
  "jeton",
  "cookie",
  "authorization",
  "texte",
  "contenu",
  "corps",
  "iban",
  "bic",
  "rib",
];
export const CHEMINS_MASQUES = [
  ...SECRETS,
  ...SECRETS.map((c) => `*.${c}`),
  'req.headers["x-api-key"]',
  "req.headers.authorization",
  "req.headers.cookie",
];

const globalJournal = globalThis as unknown as { __journalConventions?: Logger };

/** A logger writing to `destination` (stdout by default); the app's is `journal()`. */
export function creerJournal(options: { role?: string; niveau?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.niveau ?? "info",
      base: { role: options.role ?? process.env.CONVENTIONS_ROLE ?? "serveur", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: CHEMINS_MASQUES, censor: "[masqué]" },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** The process's logger (one per process, shared by the server script and Next's bundle). */
export function journal(): Logger {
  return (globalJournal.__journalConventions ??= creerJournal({ niveau: niveauDuJournal() }));
}

function niveauDuJournal(): string {
  try {
    return environnement().LOG_LEVEL;
  } catch {
    return "info"; // an environment refused is said by the start, not here
  }
}

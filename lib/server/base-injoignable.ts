// Whether an error says that the database cannot be reached — stopped, restarting, failing over, the
// network gone — rather than that a query was wrong (issue 23). Such a failure is no bug of the
// request: it is said as « service momentanément indisponible » (503, try again) by the actions, the
// routes and the uploads, it does not end a session, and the worker frees the job it could not
// record. Pure: the error's own fields and its causes.
import "server-only";

/** PostgreSQL's codes: the server shutting down or restarting (57P01–57P03), a connection exception
 *  (class 08), no connection slot left (53300). */
const CODE_POSTGRES = /^(57P0[123]|08[0-9A-Z]{3}|53300)$/;
/** Node's socket errors, as pg passes them on. */
const CODES_RESEAU = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
/** Prisma's: « can't reach database server », « timed out », « server has closed the connection ». */
const CODES_PRISMA = new Set(["P1001", "P1002", "P1017"]);
/** Prisma's driver adapter (its `cause.kind`). */
const SORTES_ADAPTATEUR = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** What pg and Prisma write when the code is lost on the way. */
const MESSAGES =
  /terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)|Connection terminated|Client has encountered a connection error|connect ECONNREFUSED|Can't reach database server|Server has closed the connection|timeout exceeded when trying to connect/i;

export function estBaseInjoignable(erreur: unknown): boolean {
  let courante: unknown = erreur;
  for (let profondeur = 0; profondeur < 6 && courante && typeof courante === "object"; profondeur++) {
    const e = courante as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };
    for (const code of [e.code, e.originalCode])
      if (typeof code === "string" && (CODE_POSTGRES.test(code) || CODES_RESEAU.has(code) || CODES_PRISMA.has(code))) return true;
    if (typeof e.kind === "string" && SORTES_ADAPTATEUR.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    courante = e.cause;
  }
  return false;
}

/** What a user reads then (an action's or an upload's message, a route's page). */
export const MESSAGE_BASE_INJOIGNABLE =
  "Le service est momentanément indisponible : la base de données ne répond pas et votre demande n'a pas abouti. Réessayez dans quelques secondes.";

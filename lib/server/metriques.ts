// The metrics (issue 23), in Prometheus' text format (prom-client): request durations by route, the
// job queue's depth, jobs' durations and failures, PDF renders, signatures, imports, and the
// process's own (memory, event loop, GC). Each process — a server instance, the worker — keeps its
// own and serves them on a port that is not the public one (METRICS_PORT for the server, the next
// for the worker; on 127.0.0.1 unless METRICS_HOTE says otherwise; METRICS_TOKEN to require a bearer).
// One registry per process, on globalThis: the server script and Next's bundle load this module twice.
// Not "server-only": the server and the worker scripts use it too.
import http from "node:http";
import { timingSafeEqual } from "node:crypto";
import client, { type Registry } from "prom-client";

type Metriques = ReturnType<typeof creer>;
type SourceFile = () => Promise<{ enAttente: number; enCours: number } | null>;
const globalMetriques = globalThis as unknown as { __metriquesConventions?: Metriques; __sourceFileConventions?: SourceFile };

/** Where the queue's depth is read at each collection (the worker gives it: it holds the database). */
export function definirSourceFile(source: SourceFile) {
  globalMetriques.__sourceFileConventions = source;
}

function creer() {
  const registre: Registry = new client.Registry();
  client.collectDefaultMetrics({ register: registre, prefix: "conventions_" });
  const secondes = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  return {
    registre,
    requetes: new client.Histogram({
      name: "conventions_http_requetes_duree_secondes",
      help: "Durée des requêtes HTTP, par route (identifiants remplacés), méthode et statut",
      labelNames: ["route", "methode", "statut"] as const,
      buckets: secondes,
      registers: [registre],
    }),
    jobs: new client.Histogram({
      name: "conventions_jobs_duree_secondes",
      help: "Durée des tâches de fond, par tâche et résultat (succes, echec)",
      labelNames: ["job", "resultat"] as const,
      buckets: [...secondes, 60, 120, 300],
      registers: [registre],
    }),
    echecsJobs: new client.Counter({
      name: "conventions_jobs_echecs_total",
      help: "Tentatives de tâches de fond en échec, par tâche",
      labelNames: ["job"] as const,
      registers: [registre],
    }),
    fileJobs: new client.Gauge({
      name: "conventions_jobs_en_attente",
      help: "Tâches de fond en file (à exécuter ou en cours), lue dans la base à chaque collecte",
      labelNames: ["etat"] as const,
      registers: [registre],
      async collect() {
        const file = await globalMetriques.__sourceFileConventions?.().catch(() => null);
        if (file) {
          this.set({ etat: "en_attente" }, file.enAttente);
          this.set({ etat: "en_cours" }, file.enCours);
        }
      },
    }),
    rendusPdf: new client.Counter({
      name: "conventions_pdf_rendus_total",
      help: "PDF rendus, par résultat",
      labelNames: ["resultat"] as const,
      registers: [registre],
    }),
    signatures: new client.Counter({
      name: "conventions_signatures_total",
      help: "Signatures enregistrées, par mode (application, scan)",
      labelNames: ["mode"] as const,
      registers: [registre],
    }),
    imports: new client.Counter({
      name: "conventions_imports_total",
      help: "Documents importés analysés, par résultat",
      labelNames: ["resultat"] as const,
      registers: [registre],
    }),
  };
}

export function metriques(): Metriques {
  return (globalMetriques.__metriquesConventions ??= creer());
}

/** A path as a route label: what identifies one record (a cuid, a number, a hash, a UUID, a file
 *  name) replaced, so that the label set stays small. */
export function routeDe(chemin: string): string {
  const sansRequete = chemin.split("?")[0] ?? "/";
  if (sansRequete.startsWith("/_next/")) return "/_next/*";
  if (/\.(?:svg|png|ico|woff2?|css|js|map|txt)$/.test(sansRequete)) return "/fichiers-statiques";
  return (
    sansRequete
      .split("/")
      .map((segment) =>
        /^(?:c[a-z0-9]{20,}|\d+|[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f-]{27,}|[A-Za-z0-9_-]{24,})$/.test(segment)
          ? ":id"
          : segment.length > 40
            ? ":valeur"
            : segment,
      )
      .join("/") || "/"
  );
}

/** Serves the registry at /metrics on its own port; with a token, only to « Authorization: Bearer <token> ». */
export function servirMetriques(options: { port: number; hote: string; jeton?: string }): Promise<http.Server> {
  const { registre } = metriques();
  const attendu = options.jeton ? Buffer.from(`Bearer ${options.jeton}`) : null;
  const serveur = http.createServer(async (req, res) => {
    if (req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Introuvable : les métriques sont à /metrics.\n");
      return;
    }
    const recu = Buffer.from(req.headers.authorization ?? "");
    if (attendu && (recu.length !== attendu.length || !timingSafeEqual(recu, attendu))) {
      res.writeHead(401, { "Content-Type": "text/plain; charset=utf-8" }).end("Jeton des métriques absent ou erroné.\n");
      return;
    }
    try {
      const corps = await registre.metrics();
      res.writeHead(200, { "Content-Type": registre.contentType }).end(corps);
    } catch {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("Métriques indisponibles.\n");
    }
  });
  return new Promise((resolve, reject) => {
    serveur.once("error", reject);
    serveur.listen(options.port, options.hote, () => resolve(serveur));
  });
}

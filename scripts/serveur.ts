// A server instance (issue 23): Next's production server behind Node's HTTP server, so that every
// request gets an id (X-Request-Id: the one a trusted proxy sent, else a new one; proxy.ts and the
// route wrapper read it), one JSON log line (id, method, route, status, duration, user) and its
// duration in the metrics, served apart on METRICS_PORT. Stateless: sessions are signed cookies
// checked against the database, files are in the database or the object store; what it keeps
// locally (the PDF worker pool, the fonts' shaping cache) is a cache, rebuilt on start.
// Started by scripts/start.ts (`npm start`, `npm run demo`), never through tsx's react-server conditions.
import http from "node:http";
import next from "next";
import pg from "pg";
import { decode } from "next-auth/jwt";
import { lireEnvironnement, secretDeLApplication } from "../lib/server/environnement";
import { journal } from "../lib/server/journal";
import { metriques, routeDe, servirMetriques } from "../lib/server/metriques";
import { EN_TETE_ID_REQUETE, identifiantDeRequete } from "../lib/http/identifiant-requete";

const COOKIES_SESSION = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** What a visitor reads while the database is unreachable (a restart, a failover): a French 503 page,
 *  retried by the browser; nothing is attempted, so nothing half-done. */
const PAGE_INDISPONIBLE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15"><title>Service momentanément indisponible — Conventions de délégation de gestion</title>
<style>body{font-family:Marianne,Arial,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#161616}h1{font-size:1.75rem}</style></head>
<body><main><h1>Service momentanément indisponible</h1><p>La base de données ne répond pas pour l'instant : rien de ce que vous avez enregistré n'est perdu.</p>
<p>Cette page se recharge d'elle-même dans quelques secondes. Si le service reste indisponible, prévenez l'administrateur.</p></main></body></html>`;

/** Watches the database every 2 s: once two probes in a row fail, pages get PAGE_INDISPONIBLE until
 *  one succeeds (a single slow answer on a loaded machine is no outage). A server stopping or failing
 *  over closes the probe's idle connection at once: that, or an answer in error, starts a probe at
 *  once instead of waiting for the next. `suspecte`: a connection lost or a probe failed in the last
 *  10 s — a request failing then is the outage's, not a bug (its 500 is said as a 503). */
function sonderLaBase(url: string | undefined, surChangement: (joignable: boolean) => void) {
  if (!url) return { joignable: () => true, suspecte: () => false, sonderMaintenant: () => {} };
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 5000, query_timeout: 5000 });
  let joignable = true;
  let echecs = 0;
  let enCours = false;
  let doute = 0; // when a connection was last lost or a probe last failed
  const sonder = async () => {
    if (enCours) return;
    enCours = true;
    const repond = await pool.query("SELECT 1").then(
      () => true,
      () => false,
    );
    enCours = false;
    if (!repond) doute = Date.now();
    echecs = repond ? 0 : echecs + 1;
    const maintenant = repond || (joignable && echecs < 2);
    if (maintenant !== joignable) surChangement((joignable = maintenant));
    if (!repond && echecs === 1) setTimeout(() => void sonder(), 200).unref(); // the second at once
  };
  // A connection dropped while idle: the server is stopping or failing over — probe now.
  pool.on("error", () => {
    doute = Date.now();
    void sonder();
  });
  setInterval(() => void sonder(), 2000).unref();
  return { joignable: () => joignable, suspecte: () => !joignable || Date.now() - doute < 10_000, sonderMaintenant: () => void sonder() };
}

/** The agent of a request, from its session cookie (next-auth's JWT, possibly in chunks), or null. */
async function utilisateurDe(entete: string | undefined, secret: string): Promise<string | null> {
  if (!entete) return null;
  const cookies = new Map(
    entete.split(";").map((c) => {
      const i = c.indexOf("=");
      return [c.slice(0, i).trim(), c.slice(i + 1).trim()] as const;
    }),
  );
  for (const nom of COOKIES_SESSION) {
    const morceaux = [...cookies.keys()]
      .filter((k) => k === nom || k.startsWith(`${nom}.`))
      .sort((a, b) => Number(a.split(".").pop()) - Number(b.split(".").pop()));
    if (!morceaux.length) continue;
    const jeton = cookies.get(nom) ?? morceaux.map((k) => cookies.get(k)).join("");
    const contenu = await decode({ token: decodeURIComponent(jeton), secret }).catch(() => null);
    return typeof contenu?.uid === "string" ? contenu.uid : null;
  }
  return null;
}

async function main() {
  const configuration = lireEnvironnement();
  const port = Number(process.env.PORT ?? 3000);
  process.title = `conventions-serveur ${port}`; // (what ps, pgrep and npm run bench:memory see)
  const hote = process.env.HOSTNAME_ECOUTE || undefined;
  const log = journal();
  const app = next({ dev: false, port, hostname: "localhost" });
  const traiter = app.getRequestHandler();
  await app.prepare();

  const { requetes } = metriques();
  const base = sonderLaBase(configuration.DATABASE_URL, (joignable) =>
    joignable ? log.info("Base de données de nouveau joignable") : log.error("Base de données injoignable : pages en 503"),
  );
  const secret = secretDeLApplication(configuration);
  const serveur = http.createServer((req, res) => {
    const debut = process.hrtime.bigint();
    // A page failing while the database is lost (the requests under way when it stopped) is said as
    // the outage it is: 503, to be retried — not a 500, a bug. Any failure has the database probed at once.
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, statut: number, ...reste: unknown[]) {
      if (statut >= 500) base.sonderMaintenant();
      if (statut === 500 && base.suspecte()) {
        statut = 503;
        this.setHeader("Retry-After", "15");
      }
      return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statut, ...reste);
    } as typeof res.writeHead;
    const id = identifiantDeRequete(req.headers[EN_TETE_ID_REQUETE]);
    req.headers[EN_TETE_ID_REQUETE] = id;
    res.setHeader("X-Request-Id", id);
    res.once("close", () => {
      const dureeMs = Number(process.hrtime.bigint() - debut) / 1e6;
      const route = routeDe(req.url ?? "/");
      const statut = res.headersSent ? res.statusCode : 499; // 499: the client left before an answer
      requetes.observe({ route, methode: req.method ?? "GET", statut: String(statut) }, dureeMs / 1000);
      if (route === "/_next/*" || route === "/fichiers-statiques") return; // assets: counted, not logged
      void utilisateurDe(req.headers.cookie, secret).then((utilisateur) =>
        log[statut >= 500 ? "error" : "info"](
          {
            requete: id,
            methode: req.method,
            route,
            chemin: (req.url ?? "/").split("?")[0],
            statut,
            dureeMs: Math.round(dureeMs),
            utilisateur,
          },
          "Requête",
        ),
      );
    });
    const route = routeDe(req.url ?? "/");
    // Pages only: a server action or an upload goes on to the app, whose wrappers answer 503 in the
    // form its caller reads (an action's result, an upload's JSON) — the form then says it, and keeps what was typed.
    if (
      !base.joignable() &&
      (req.method === "GET" || req.method === "HEAD") &&
      route !== "/_next/*" &&
      route !== "/fichiers-statiques" &&
      !route.startsWith("/api/health/")
    ) {
      res
        .writeHead(503, { "Content-Type": "text/html; charset=utf-8", "Retry-After": "15", "Cache-Control": "no-store" })
        .end(PAGE_INDISPONIBLE);
      return;
    }
    void traiter(req, res);
  });
  // A slow client does not hold a connection forever; keep-alive outlives a proxy's own (60 s).
  serveur.keepAliveTimeout = 65_000;
  serveur.headersTimeout = 66_000;
  serveur.requestTimeout = 300_000;
  await new Promise<void>((resolve) => serveur.listen(port, hote, resolve));
  console.log(`Ready on http://localhost:${port}`); // (scripts/start.ts waits for this line)

  const metriquesServeur = configuration.METRICS_PORT
    ? await servirMetriques({ port: configuration.METRICS_PORT, hote: configuration.METRICS_HOTE, jeton: configuration.METRICS_TOKEN })
    : null;
  log.info({ port, metriques: configuration.METRICS_PORT ?? null }, "Serveur démarré");

  // SIGTERM (a deploy, the load balancer draining it): no new connection, the requests under way end.
  const arreter = (signal: string) => {
    log.info({ signal }, "Serveur : arrêt demandé, les requêtes en cours se terminent");
    metriquesServeur?.close();
    serveur.close(() => process.exit(0));
    serveur.closeIdleConnections();
    setTimeout(() => process.exit(0), 25_000).unref();
  };
  process.once("SIGTERM", () => arreter("SIGTERM"));
  process.once("SIGINT", () => arreter("SIGINT"));
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});

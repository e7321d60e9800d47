// A stand-in of data.gouv.fr's udata API for the journeys (127.0.0.1 only): upload to a dataset
// (multipart field `file`, header X-API-KEY), a resource's metadata (PUT), the dataset's resources
// (GET); the files uploaded are served back at their resource's URL, and `GET /requetes` tells the
// journey what the app sent.
import http from "node:http";

const PORT = Number(process.env.DATAGOUV_PORT ?? 3270);
const BASE = `http://127.0.0.1:${PORT}`;
const CLE = "cle-e2e";
const requetes = [];
const ressources = [];
const fichiers = new Map();

/** The part named `file` of a multipart body: its file name and bytes. */
function partieFichier(corps, type) {
  const limite = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type ?? "");
  if (!limite) return null;
  const separateur = Buffer.from(`--${limite[1] ?? limite[2]}`);
  let debut = corps.indexOf(separateur);
  while (debut >= 0) {
    const suivant = corps.indexOf(separateur, debut + separateur.length);
    if (suivant < 0) break;
    const partie = corps.subarray(debut + separateur.length + 2, suivant - 2);
    const fin = partie.indexOf("\r\n\r\n");
    const entetes = partie.subarray(0, fin).toString("utf8");
    const nom = /name="file"; filename="([^"]+)"/.exec(entetes);
    if (nom) return { nom: nom[1], octets: Buffer.from(partie.subarray(fin + 4)), entetes };
    debut = suivant;
  }
  return null;
}

const serveur = http.createServer((req, res) => {
  const morceaux = [];
  req.on("data", (m) => morceaux.push(m));
  req.on("end", () => {
    const corps = Buffer.concat(morceaux);
    const repondre = (statut, contenu, type = "application/json") => {
      res.writeHead(statut, { "Content-Type": type });
      res.end(type === "application/json" ? JSON.stringify(contenu) : contenu);
    };
    if (req.method === "GET" && req.url === "/requetes") return repondre(200, requetes);
    if (req.method === "GET" && req.url?.startsWith("/fichiers/")) {
      const octets = fichiers.get(decodeURIComponent(req.url.slice("/fichiers/".length)));
      return octets ? repondre(200, octets, "application/pdf") : repondre(404, { message: "Not found" });
    }
    const fichier = req.method === "POST" ? partieFichier(corps, req.headers["content-type"]) : null;
    requetes.push({
      methode: req.method,
      chemin: req.url,
      cle: req.headers["x-api-key"] ?? null,
      fichier: fichier ? { nom: fichier.nom, taille: fichier.octets.length, entetes: fichier.entetes } : null,
      json: req.method === "PUT" ? JSON.parse(corps.toString("utf8") || "null") : null,
    });
    if (req.headers["x-api-key"] !== CLE) return repondre(401, { message: "Invalid API Key" });
    const jeu = /^\/api\/1\/datasets\/([\w-]+)\/(.*)$/.exec(req.url ?? "");
    if (!jeu) return repondre(404, { message: "Not found" });
    const reste = jeu[2];
    if (req.method === "GET" && reste === "") return repondre(200, { id: jeu[1], resources: ressources });
    const upload = /^(?:resources\/([\w-]+)\/)?upload\/$/.exec(reste);
    if (req.method === "POST" && upload && fichier) {
      fichiers.set(fichier.nom, fichier.octets);
      const url = `${BASE}/fichiers/${encodeURIComponent(fichier.nom)}`;
      let ressource = upload[1] ? ressources.find((r) => r.id === upload[1]) : null;
      if (ressource) Object.assign(ressource, { url });
      else ressources.push((ressource = { id: `r-${ressources.length + 1}`, url, title: fichier.nom }));
      return repondre(201, ressource);
    }
    const meta = /^resources\/([\w-]+)\/$/.exec(reste);
    if (req.method === "PUT" && meta) {
      const ressource = ressources.find((r) => r.id === meta[1]);
      if (!ressource) return repondre(404, { message: "Resource not found" });
      Object.assign(ressource, { title: JSON.parse(corps.toString("utf8")).title });
      return repondre(200, ressource);
    }
    repondre(404, { message: "Not found" });
  });
});
serveur.listen(PORT, "127.0.0.1");

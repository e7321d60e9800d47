// The udata API of data.gouv.fr, as far as DINUM's delegated task needs it (stack-notes « data.gouv.fr »):
// upload a file to the configured dataset (or replace a resource's file), then set the resource's
// title and description — never its filetype. Node's fetch, FormData and Blob; nothing retried here:
// the job queue retries, and a 401 (key expired or revoked) is said, not retried.
import "server-only";
import { environnement } from "../environnement";

export type ConfigDataGouv = { api: string; cle: string; dataset: string };

/** DATAGOUV_API_URL (by default the production platform), DATAGOUV_API_KEY, DATAGOUV_DATASET; null
 *  without the key or the dataset: the channel is then recorded by hand. */
export function configDataGouv(): ConfigDataGouv | null {
  const env = environnement();
  const cle = env.DATAGOUV_API_KEY;
  const dataset = env.DATAGOUV_DATASET;
  if (!cle || !dataset) return null;
  const api = (env.DATAGOUV_API_URL || "https://www.data.gouv.fr/api/1").replace(/\/+$/, "");
  return { api, cle, dataset };
}

/** What the platform answered when it was not a success (`statut` null: no answer at all). */
export class ErreurDataGouv extends Error {
  constructor(
    readonly statut: number | null,
    readonly detail: string | null,
  ) {
    super(`data.gouv.fr : ${statut ?? "sans réponse"}${detail ? ` — ${detail}` : ""}`);
  }
}

export type Ressource = { id: string; url: string | null; title: string | null };

const DELAI_MS = 120_000;

async function appeler(config: ConfigDataGouv, chemin: string, init: RequestInit): Promise<unknown> {
  let reponse: Response;
  try {
    reponse = await fetch(`${config.api}${chemin}`, {
      ...init,
      headers: { "X-API-KEY": config.cle, Accept: "application/json", ...(init.headers ?? {}) },
      signal: AbortSignal.timeout(DELAI_MS),
      redirect: "error",
    });
  } catch (e) {
    throw new ErreurDataGouv(null, e instanceof Error ? (e.name === "TimeoutError" ? "délai dépassé" : e.message) : null);
  }
  const texte = await reponse.text();
  let corps: unknown = null;
  try {
    corps = texte ? JSON.parse(texte) : null;
  } catch {
    corps = null;
  }
  if (!reponse.ok) {
    const message =
      corps && typeof corps === "object" && "message" in corps ? String((corps as { message: unknown }).message) : texte.slice(0, 300);
    throw new ErreurDataGouv(reponse.status, message || null);
  }
  return corps;
}

const enRessource = (r: unknown): Ressource => {
  const o = (r ?? {}) as Record<string, unknown>;
  if (typeof o.id !== "string") throw new ErreurDataGouv(502, "réponse sans identifiant de ressource");
  return { id: o.id, url: typeof o.url === "string" ? o.url : null, title: typeof o.title === "string" ? o.title : null };
};

/** The dataset's resource holding `nomFichier`, if an earlier run already uploaded it (a job
 *  interrupted after the upload must not upload it twice). */
export async function trouverRessource(config: ConfigDataGouv, nomFichier: string): Promise<Ressource | null> {
  const jeu = (await appeler(config, `/datasets/${encodeURIComponent(config.dataset)}/`, { method: "GET" })) as {
    resources?: unknown[];
  } | null;
  for (const r of jeu?.resources ?? []) {
    const res = enRessource(r);
    const fin = res.url ? decodeURIComponent(res.url.split("?")[0]!.split("/").pop() ?? "") : "";
    if (fin === nomFichier || res.title === nomFichier) return res;
  }
  return null;
}

/** Uploads the file as a new resource of the dataset, or as the new file of `resourceId`. */
export async function televerser(
  config: ConfigDataGouv,
  fichier: { nom: string; octets: Uint8Array; type: string },
  resourceId?: string | null,
): Promise<Ressource> {
  const corps = new FormData();
  corps.append("file", new Blob([Buffer.from(fichier.octets)], { type: fichier.type }), fichier.nom);
  const jeu = `/datasets/${encodeURIComponent(config.dataset)}`;
  const chemin = resourceId ? `${jeu}/resources/${encodeURIComponent(resourceId)}/upload/` : `${jeu}/upload/`;
  return enRessource(await appeler(config, chemin, { method: "POST", body: corps }));
}

/** The resource's title and description (its filetype is left as the upload set it). */
export async function decrire(
  config: ConfigDataGouv,
  resourceId: string,
  meta: { title: string; description: string },
): Promise<Ressource> {
  const chemin = `/datasets/${encodeURIComponent(config.dataset)}/resources/${encodeURIComponent(resourceId)}/`;
  return enRessource(
    await appeler(config, chemin, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(meta) }),
  );
}

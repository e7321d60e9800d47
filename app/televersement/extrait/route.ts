// Importing a CHORUS extract: an upload (up to 30 Mo, refused on its size before it is read).
// `etape=apercu` checks everything and writes nothing; `etape=importer` writes it all or nothing.
// Answers in the shape of a server action's result, or, with `progression=1`, streams where the
// work is before it.
import { can } from "@/lib/server/policies";
import { previewImport } from "@/lib/server/execution/preview-import";
import { importExtrait } from "@/lib/server/execution/import-extrait";
import type { NatureMouvement } from "@/lib/domain/execution/extrait";
import { lireEnvoi } from "@/lib/http/envoi";
import { resultatDErreur } from "@/lib/actions/action";
import { agentDeLEnvoi, repondre } from "@/lib/actions/envoi";
import type { ActionResult } from "@/lib/actions/result";

export const dynamic = "force-dynamic";

const NATURES: readonly NatureMouvement[] = ["MISE_A_DISPOSITION", "ENGAGEMENT", "PAIEMENT"];

export async function POST(request: Request) {
  const agent = await agentDeLEnvoi();
  if (agent instanceof Response) return agent;
  if (!can(agent, "execution.importer"))
    return repondre({ ok: false, code: "ACCES_REFUSE", message: "Votre rôle ne permet pas d'importer l'exécution financière." });
  let form: FormData;
  try {
    form = await lireEnvoi(request, "extrait", "fichier");
  } catch (error) {
    return repondre(resultatDErreur(error));
  }
  const fichier = form.get("fichier");
  if (!(fichier instanceof File) || fichier.size === 0)
    return repondre({
      ok: false,
      code: "SAISIE_INVALIDE",
      message: "Choisissez l'extrait CHORUS à importer (xlsx ou CSV).",
      champs: { fichier: "Choisissez un fichier." },
    });
  const nature = String(form.get("nature") ?? "");
  const demande = {
    nom: fichier.name,
    octets: Buffer.from(await fichier.arrayBuffer()),
    nature: NATURES.includes(nature as NatureMouvement) ? (nature as NatureMouvement) : null,
    conventionId: String(form.get("conventionId") ?? "") || null,
  };
  const travail = (progression?: (message: string) => void): Promise<unknown> =>
    form.get("etape") === "importer"
      ? importExtrait(agent, { ...demande, progression, sha256: String(form.get("sha256") ?? "") })
      : previewImport(agent, { ...demande, progression });
  // `progression=1` (the page): the answer is a stream of lines of JSON — where the work is, then
  // its result — so that a large file shows what the server is doing, not only its upload.
  if (form.get("progression") === "1") {
    const encodeur = new TextEncoder();
    const flux = new ReadableStream<Uint8Array>({
      async start(controle) {
        const ligne = (v: unknown) => controle.enqueue(encodeur.encode(`${JSON.stringify(v)}\n`));
        ligne({ progression: "Fichier reçu." });
        ligne({ resultat: await resultat(() => travail((message) => ligne({ progression: message }))) });
        controle.close();
      },
    });
    // no-transform: not compressed, hence sent as it goes.
    const headers = { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform" };
    return new Response(flux, { headers });
  }
  return repondre(await resultat(() => travail()));
}

/** The work's outcome in the shape of a server action's result. */
async function resultat<T>(travail: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await travail() };
  } catch (error) {
    return resultatDErreur(error);
  }
}

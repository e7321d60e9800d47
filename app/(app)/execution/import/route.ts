// Importing a CHORUS extract: a route (not a server action) because an extract may be large; its size
// is checked before the body is read. `etape=apercu` checks everything and writes nothing;
// `etape=importer` writes it all or nothing. Answers in the shape of a server action's result, or,
// with `progression=1`, streams where the work is before it.
import { NextResponse } from "next/server";
import { getAgent } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { ErreurMetier } from "@/lib/domain/erreurs";
import { apercuImport, confirmerImport } from "@/lib/server/execution/importer";
import { TAILLE_MAX_EXTRAIT } from "@/lib/server/execution/fichier";
import type { NatureMouvement } from "@/lib/domain/execution/extrait";

export const dynamic = "force-dynamic";

const echec = (status: number, code: string, message: string, champs?: Record<string, string>) =>
  NextResponse.json({ ok: false, code, message, ...(champs ? { champs } : {}) }, { status });

const NATURES: readonly NatureMouvement[] = ["MISE_A_DISPOSITION", "ENGAGEMENT", "PAIEMENT"];

export async function POST(request: Request) {
  const agent = await getAgent();
  if (!agent) return echec(401, "SESSION_EXPIREE", "Votre session a expiré : reconnectez-vous, puis relancez l'import.");
  if (!can(agent, "execution.importer")) return echec(403, "ACCES_REFUSE", "Votre rôle ne permet pas d'importer l'exécution financière.");
  const longueur = Number(request.headers.get("content-length") ?? 0);
  if (longueur > TAILLE_MAX_EXTRAIT + 1024 * 1024) {
    const message = `Le fichier fait ${(longueur / 1024 / 1024).toFixed(1).replace(".", ",")} Mo : 30 Mo au plus. Découpez l'extrait (par exercice ou par mois).`;
    return echec(413, "FICHIER_TROP_GROS", message, { fichier: message });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return echec(400, "SAISIE_INVALIDE", "Le fichier n'a pas été reçu en entier : relancez l'envoi.");
  }
  const fichier = form.get("fichier");
  if (!(fichier instanceof File) || fichier.size === 0)
    return echec(400, "SAISIE_INVALIDE", "Choisissez l'extrait CHORUS à importer (xlsx ou CSV).", { fichier: "Choisissez un fichier." });
  const nature = String(form.get("nature") ?? "");
  const demande = {
    nom: fichier.name,
    octets: Buffer.from(await fichier.arrayBuffer()),
    nature: NATURES.includes(nature as NatureMouvement) ? (nature as NatureMouvement) : null,
    conventionId: String(form.get("conventionId") ?? "") || null,
  };
  const travail = (progression?: (message: string) => void) =>
    form.get("etape") === "importer"
      ? confirmerImport(agent, { ...demande, progression, sha256: String(form.get("sha256") ?? "") })
      : apercuImport(agent, { ...demande, progression });
  // `progression=1` (the page): the answer is a stream of lines of JSON — where the work is, then
  // its result — so that a large file shows what the server is doing, not only its upload.
  if (form.get("progression") === "1") {
    const encodeur = new TextEncoder();
    const flux = new ReadableStream<Uint8Array>({
      async start(controle) {
        const ligne = (v: unknown) => controle.enqueue(encodeur.encode(`${JSON.stringify(v)}\n`));
        ligne({ progression: "Fichier reçu." });
        const r = await resultat(() => travail((message) => ligne({ progression: message })));
        ligne({ resultat: r.corps });
        controle.close();
      },
    });
    // no-transform: not compressed, hence sent as it goes.
    const headers = { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform" };
    return new Response(flux, { headers });
  }
  const r = await resultat(() => travail());
  return NextResponse.json(r.corps, { status: r.status });
}

/** The work's outcome in the shape of a server action's result, with its HTTP status. */
async function resultat(travail: () => Promise<unknown>): Promise<{ status: number; corps: Record<string, unknown> }> {
  try {
    return { status: 200, corps: { ok: true, data: await travail() } };
  } catch (error) {
    if (error instanceof ErreurMetier)
      return {
        status: error.code === "INTROUVABLE" ? 404 : 422,
        corps: { ok: false, code: error.code, message: error.message, ...(error.champs ? { champs: error.champs } : {}) },
      };
    console.error("Import d'exécution en échec", error);
    return {
      status: 500,
      corps: {
        ok: false,
        code: "ERREUR_INATTENDUE",
        message: "L'import a échoué à cause d'un problème technique : rien n'a été importé. Réessayez dans un instant.",
      },
    };
  }
}

"use client";
// Sending a form with a file to an upload route (app/televersement): the upload's percentage, then
// what the server says it is doing when it streams it (JSON lines, the last one the result), else its
// JSON answer. Whatever happens — a refusal, the network — the answer is a result with a French message.
import { MESSAGE_SANS_REPONSE, type ActionResult } from "@/lib/actions/result";

type Ligne<T> = { progression?: string; resultat?: ActionResult<T> } & Partial<ActionResult<T>>;

// Instants come back as they left the server (a server action would give Date objects, JSON gives text).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const reviver = (_cle: string, v: unknown) => (typeof v === "string" && INSTANT.test(v) ? new Date(v) : v);

export function envoyerFichier<T>(url: string, form: FormData, etat: (texte: string) => void = () => {}): Promise<ActionResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const pct = Math.round((e.loaded / e.total) * 100);
      etat(pct < 100 ? `Envoi du fichier : ${pct} %` : "Fichier envoyé : traitement par le serveur…");
    };
    const lignes = () =>
      xhr.responseText
        .split("\n")
        .filter(Boolean)
        .flatMap((l) => {
          try {
            return [JSON.parse(l, reviver) as Ligne<T>];
          } catch {
            return []; // (a line not yet complete)
          }
        });
    xhr.onprogress = () => {
      const dernier = lignes().findLast((l) => l.progression);
      if (dernier?.progression) etat(dernier.progression);
    };
    xhr.onload = () => {
      const tout = lignes();
      // A streamed result; else the plain answer (a refusal said before any work: session, size…).
      const r = tout.find((l) => l.resultat)?.resultat ?? (tout[0] && "ok" in tout[0] ? (tout[0] as ActionResult<T>) : null);
      resolve(r ?? { ok: false, code: "REPONSE", message: `Réponse illisible du serveur (${xhr.status}) : réessayez.` });
    };
    xhr.onerror = () => resolve({ ok: false, code: "SANS_REPONSE", message: MESSAGE_SANS_REPONSE });
    xhr.send(form);
  });
}

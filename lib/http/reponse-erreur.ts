// A refusal or a failure of a route (a download, a redirect), said in French as a small page of its
// own with the right status: what a browser shows when a link to a PDF or a CSV cannot be served.
// Pure: lib/actions/route.ts decides the status, this writes the page.

const TITRES: Record<number, string> = {
  400: "Demande incorrecte",
  401: "Session expirée",
  403: "Accès non autorisé",
  404: "Page non trouvée",
  409: "Action impossible pour l'instant",
  413: "Fichier trop volumineux",
  500: "Service momentanément indisponible",
  503: "Service momentanément indisponible",
};

const echapper = (texte: string) => texte.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function reponseErreur(status: number, message: string): Response {
  const titre = TITRES[status] ?? "Erreur";
  const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${echapper(titre)} — Conventions de délégation de gestion</title></head>
<body><main><h1>${echapper(titre)}</h1><p>Erreur ${status}</p><p>${echapper(message)}</p>
<p><a href="/conventions">Retour à la liste des conventions</a></p></main></body></html>`;
  return new Response(page, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "private, no-store",
      ...(status === 503 ? { "Retry-After": "15" } : {}),
    },
  });
}

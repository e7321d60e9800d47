"use client";
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <h1>Service momentanément indisponible</h1>
        <p>Un problème technique empêche d&apos;afficher cette page. Réessayez dans quelques instants.</p>
        <button type="button" onClick={() => reset()}>
          Réessayer
        </button>
      </body>
    </html>
  );
}

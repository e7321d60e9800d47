"use client";
// Downloads the PDF with visible progress; a failure is said in French, never silently.
import { useState } from "react";

export function PdfDownloadButton({ href, label = "Télécharger le PDF" }: { href: string; label?: string }) {
  const [etat, setEtat] = useState<"repos" | "encours" | "erreur">("repos");
  const [message, setMessage] = useState("");
  const download = async () => {
    setEtat("encours");
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(await response.text());
      const blob = await response.blob();
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "convention.pdf";
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
      setEtat("repos");
    } catch (error) {
      setMessage(error instanceof Error && error.message ? error.message : "Le PDF n'a pas pu être téléchargé.");
      setEtat("erreur");
    }
  };
  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
        onClick={download}
        disabled={etat === "encours"}
        aria-busy={etat === "encours"}
      >
        {etat === "encours" ? "Préparation du PDF…" : label}
      </button>
      {etat === "erreur" && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mt-1w" role="alert">
          <p>{message}</p>
        </div>
      )}
    </>
  );
}

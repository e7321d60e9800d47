import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { creerJournal } from "./journal";

function capturer() {
  const lignes: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, fini) {
      lignes.push(JSON.parse(String(chunk)));
      fini();
    },
  });
  return { journal: creerJournal({ role: "test", destination }), lignes };
}

describe("journal", () => {
  it("writes one JSON object per event, with its level, time, role and pid", () => {
    const { journal, lignes } = capturer();
    journal.info({ requete: "abc12345", route: "/conventions", statut: 200, dureeMs: 12 }, "Requête");
    expect(lignes[0]).toMatchObject({ level: "info", role: "test", pid: process.pid, requete: "abc12345", statut: 200, msg: "Requête" });
    expect(new Date(lignes[0]!.time as string).getTime()).toBeGreaterThan(0);
  });

  it("never writes a password, a token, a cookie, a document's text or bank details", () => {
    const { journal, lignes } = capturer();
    journal.info(
      {
        motDePasse: "secret-1",
        token: "secret-2",
        demande: { password: "secret-3", iban: "FR7630006000011234567890189", texte: "Article 1 — Objet…" },
        req: { headers: { cookie: "next-auth.session-token=secret-4", authorization: "Bearer secret-5" } },
        utilisateur: "cuid-visible",
      },
      "Connexion",
    );
    const ligne = JSON.stringify(lignes[0]);
    for (const secret of ["secret-1", "secret-2", "secret-3", "FR7630006000011234567890189", "Article 1", "secret-4", "secret-5"])
      expect(ligne).not.toContain(secret);
    expect(ligne).toContain("cuid-visible");
    expect(ligne).toContain("[masqué]");
  });
});

// The batch command's contract (docs/import.md): `npm run -s import -- FILE --json` prints exactly
// one JSON object for one file, one per line for several, progress on stderr; a file it cannot read
// gets an object with « erreur » and the command exits with 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const RACINE = path.join(__dirname, "../../..");
const fixture = (nom: string) => path.join(RACINE, "tests/fixtures/import", nom);
const importer = (...args: string[]) => {
  const r = spawnSync("npm", ["run", "-s", "import", "--", ...args], {
    cwd: RACINE,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("npm run -s import", { timeout: 60_000 }, () => {
  it("prints exactly one JSON object for one file, with its fields, confidences and findings", () => {
    const r = importer(fixture("genre-sans-roles-2019.txt"), "--json");
    expect(r.code).toBe(0);
    const lignes = r.stdout.trim().split("\n");
    expect(lignes).toHaveLength(1);
    const sortie = JSON.parse(lignes[0]!);
    expect(sortie).toMatchObject({
      fichier: fixture("genre-sans-roles-2019.txt"),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      format: "TEXTE",
      nature: "CONVENTION",
      document: { type: "DELEGATION_GESTION", plafondAe: 125000, plafondCp: 80000, dateFin: "2019-12-31" },
    });
    expect(sortie.confiance["parties.0.role"]).toBeLessThan(0.8);
    expect(sortie.champsAVerifier).toContain("parties.0.role");
    expect(sortie.constats).toContainEqual(expect.objectContaining({ code: "TEXTE_INCONNU", message: expect.any(String) }));
    expect(r.stderr).toMatch(/\[1\/1\] genre-sans-roles-2019\.txt : fait en \d+ ms/);
  });

  it("prints one line per file, and an error object for a file it cannot read", () => {
    const dossier = mkdtempSync(path.join(os.tmpdir(), "import-"));
    writeFileSync(path.join(dossier, "casse.pdf"), "%PDF-1.7\ngarbage");
    const r = importer(fixture("seed-003-webinaire-2024.txt"), path.join(dossier, "casse.pdf"), "--json");
    expect(r.code).toBe(1);
    const [premier, second] = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(premier.document.parties).toHaveLength(2);
    expect(second).toEqual({
      fichier: path.join(dossier, "casse.pdf"),
      erreur: { code: "PDF_ENDOMMAGE", message: expect.stringMatching(/endommagé/) },
    });
  });

  it("prints the whole object into a pipe read slowly (more than the pipe's 64 KiB)", () => {
    const r = spawnSync(
      "sh",
      [
        "-c",
        `npm run -s import -- "${path.join(RACINE, "tests/fixtures/import/pdf/seed-004-classe-a-12-2021.pdf")}" --json 2>/dev/null | (sleep 1; cat)`,
      ],
      {
        cwd: RACINE,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: "" },
      },
    );
    expect(r.stdout.length).toBeGreaterThan(65_536);
    expect(JSON.parse(r.stdout).format).toBe("PDF");
  });

  it("takes a folder", () => {
    const r = importer("--dir", path.join(RACINE, "tests/fixtures/import/pdf"), "--json");
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).format),
    ).toEqual(["PDF", "PDF", "PDF"]);
  });
});

// A page of an imported file as the review screen shows it beside the fields read: a PDF's page
// rendered to PNG by poppler's pdftoppm (a child process, at most two at once, so a review never
// holds the server), a PNG or JPEG image as it is. Only who may open the import gets its pages.
import "server-only";
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Introuvable } from "@/lib/domain/erreurs";
import type { AgentLike } from "../policies";
import { getFichier } from "../fichiers/fichiers";
import { getImport } from "./get-import";

const executer = promisify(execFile);
const DPI = 110;
const MAX_RENDUS = 2;
let enCours = 0;
const file: (() => void)[] = [];

async function tour<T>(travail: () => Promise<T>): Promise<T> {
  if (enCours >= MAX_RENDUS) await new Promise<void>((r) => file.push(r));
  enCours++;
  try {
    return await travail();
  } finally {
    enCours--;
    file.shift()?.();
  }
}

export type ImagePage = { octets: Uint8Array; type: string };

export async function getPageImport(agent: AgentLike, travailId: string, numero: number): Promise<ImagePage> {
  const vue = await getImport(agent, travailId);
  const f = vue.analyse?.fichier;
  if (!f || !vue.sha256 || !Number.isInteger(numero) || numero < 1 || numero > f.pages) throw new Introuvable("Cette page");
  const octets = await getFichier(vue.sha256);
  if (f.format === "IMAGE") {
    if (octets[0] === 0x89) return { octets, type: "image/png" };
    if (octets[0] === 0xff && octets[1] === 0xd8) return { octets, type: "image/jpeg" };
    throw new Introuvable("L'aperçu de cette page"); // a TIFF: browsers do not show it
  }
  if (f.format !== "PDF") throw new Introuvable("Cette page");
  return tour(async () => {
    const dossier = await fs.mkdtemp(path.join(os.tmpdir(), "import-page-"));
    try {
      const entree = path.join(dossier, "document.pdf");
      await fs.writeFile(entree, octets);
      const sortie = path.join(dossier, "page");
      await executer("pdftoppm", ["-r", String(DPI), "-png", "-singlefile", "-f", String(numero), "-l", String(numero), entree, sortie], {
        timeout: 30_000,
      });
      return { octets: new Uint8Array(await fs.readFile(`${sortie}.png`)), type: "image/png" };
    } finally {
      await fs.rm(dossier, { recursive: true, force: true });
    }
  });
}

// A page of a PDF as a scanner gives it: rendered to PNG by poppler's pdftoppm at the given resolution.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export function pageScannee(pdf: string | Uint8Array, { dpi = 150, page = 1 }: { dpi?: number; page?: number } = {}): Buffer {
  const dossier = mkdtempSync(path.join(os.tmpdir(), "scan-"));
  try {
    const source = typeof pdf === "string" ? pdf : path.join(dossier, "source.pdf");
    if (typeof pdf !== "string") writeFileSync(source, pdf);
    execFileSync("pdftoppm", [
      "-r",
      String(dpi),
      "-png",
      "-singlefile",
      "-f",
      String(page),
      "-l",
      String(page),
      source,
      path.join(dossier, "page"),
    ]);
    return readFileSync(path.join(dossier, "page.png"));
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

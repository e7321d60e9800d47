// Server start (Next.js instrumentation): warm the PDF workers — react-pdf, fonts, compiled code —
// in the background, so that the first export is as quick as the next ones (~1 s cold otherwise).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmPdfPool } = await import("./lib/server/pdf/pdf-pool");
  warmPdfPool();
  // npm run bench:memory: the server writes where its memory is (V8 heap, buffers, the rest) every 2 s.
  const fichier = process.env.BENCH_MEMOIRE_FICHIER;
  if (fichier) (await import("./lib/server/memoire-bench")).ecrireMemoire(fichier);
}

// A page of an imported file, as an image, for the review screen's viewer. The file never changes
// (it is kept by its SHA-256), so the browser may keep the image for the hour of a review.
import { makeRoute } from "@/lib/actions/route";
import { getPageImport } from "@/lib/server/import/get-page-import";

export const dynamic = "force-dynamic";

export const GET = makeRoute<{ id: string; page: string }>(
  "document.importer",
  async (agent, { params }) => {
    const { octets, type } = await getPageImport(agent, params.id, Number(params.page));
    return new Response(new Uint8Array(octets) as BodyInit, {
      headers: { "Content-Type": type, "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff" },
    });
  },
  { introuvable: "Cette page est introuvable, ou vous n'y avez pas accès." },
);

import { z } from "zod";
import { makeRoute } from "@/lib/actions/route";
import { getValidation } from "@/lib/server/cycle/get-validation";

export const dynamic = "force-dynamic";

// Where the validation of a convention (or of its avenant `numero`) stands, polled by its page while
// it runs: the work in JSON, or null once there is nothing to show (done).
export const GET = makeRoute<{ id: string }, z.ZodType<{ numero?: number }>>(
  "convention.lire",
  async (agent, { params, query }) =>
    Response.json(await getValidation(agent, { conventionId: params.id, numero: query.numero ?? null }), {
      headers: { "Cache-Control": "private, no-store" },
    }),
  { query: z.object({ numero: z.coerce.number().int().positive().optional() }) },
);

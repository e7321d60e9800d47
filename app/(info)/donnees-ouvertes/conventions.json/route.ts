// The open-data index as JSON, without a session: the CSV's columns by name.
import { NextResponse } from "next/server";
import { makePublicRoute } from "@/lib/actions/route";
import { listDonneesOuvertes } from "@/lib/server/publication/list-donnees-ouvertes";
import { jsonDonneesOuvertes } from "@/lib/views/donnees-ouvertes";

export const dynamic = "force-dynamic";

export const GET = makePublicRoute(async () =>
  NextResponse.json(jsonDonneesOuvertes(await listDonneesOuvertes()), {
    headers: { "Content-Disposition": 'inline; filename="conventions-delegation-gestion.json"', "Cache-Control": "public, max-age=300" },
  }),
);

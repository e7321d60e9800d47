import { NextResponse } from "next/server";
import { getAgent } from "@/lib/server/auth/agent";
import { lireNotification } from "@/lib/server/notifications/boite";

export const dynamic = "force-dynamic";

// Opening a notification marks it read and leads to its document (and section).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const agent = await getAgent();
  if (!agent) return NextResponse.redirect(new URL("/connexion", request.url));
  const lien = await lireNotification(agent, (await params).id);
  return NextResponse.redirect(new URL(lien ?? "/notifications", request.url));
}

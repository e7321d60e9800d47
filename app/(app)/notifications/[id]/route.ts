import { makeRoute } from "@/lib/actions/route";
import { readNotification } from "@/lib/server/notifications/boite";

export const dynamic = "force-dynamic";

// Opening a notification marks it read (the one GET that writes: the agent opened it) and leads to its
// document (and section), on the host name the agent is using: the Location is relative (only
// e-mails carry the public address).
export const GET = makeRoute<{ id: string }>(null, async (agent, { params }) => ({
  redirection: (await readNotification(agent, params.id)) ?? "/notifications",
}));

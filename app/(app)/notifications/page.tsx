import { requireAgent } from "@/lib/server/auth/agent";
import { listNotifications } from "@/lib/server/notifications/boite";
import { formatInstant } from "@/lib/domain/dates";
import { LIBELLES_NOTIFICATION } from "@/lib/domain/notifications";
import { Boite } from "@/components/notifications/Boite";
import { preferencesAction, markAllReadAction } from "./actions";

export const metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const agent = await requireAgent();
  const { items, courrielsCoupes } = await listNotifications(agent);
  const nonLues = items.filter((n) => !n.lue).length;
  return (
    <>
      <h1>Notifications</h1>
      <p>
        {nonLues ? `${nonLues} non lue${nonLues > 1 ? "s" : ""}` : "Tout est lu."} Ouvrir une notification la marque comme lue et mène au
        document.
      </p>
      <Boite
        items={items.map((n) => ({ ...n, quand: formatInstant(n.createdAt), genre: LIBELLES_NOTIFICATION[n.type] }))}
        courrielsCoupes={courrielsCoupes}
        markAllRead={markAllReadAction}
        preferences={preferencesAction}
      />
    </>
  );
}

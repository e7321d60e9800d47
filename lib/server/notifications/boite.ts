// An agent's inbox: their notifications, the unread count shown in the header, reading one (which
// opens the document), and their e-mail preferences per kind.
import "server-only";
import { TYPES_NOTIFICATION, type TypeNotification } from "@/lib/domain/notifications";
import type { AgentLike } from "../policies";
import { on, type InTx } from "../db";

export type NotificationVue = { id: string; type: TypeNotification; titre: string; lien: string; createdAt: Date; lue: boolean };

export async function countUnread(agent: AgentLike, { tx }: InTx = {}): Promise<number> {
  return on(tx).notification.count({ where: { userId: agent.id, lueLe: null } });
}

export async function listNotifications(agent: AgentLike, { tx }: InTx = {}) {
  const db = on(tx);
  const [items, user] = await Promise.all([
    db.notification.findMany({ where: { userId: agent.id }, orderBy: { createdAt: "desc" }, take: 200 }),
    db.user.findUniqueOrThrow({ where: { id: agent.id }, select: { courrielsCoupes: true } }),
  ]);
  return {
    items: items.map((n): NotificationVue => ({
      id: n.id,
      type: n.type,
      titre: n.titre,
      lien: n.lien,
      createdAt: n.createdAt,
      lue: n.lueLe !== null,
    })),
    courrielsCoupes: user.courrielsCoupes as TypeNotification[],
  };
}

/** Marks one of the agent's notifications read and says where it leads; null if it is not theirs. */
export async function readNotification(agent: AgentLike, id: string, { tx }: InTx = {}): Promise<string | null> {
  const db = on(tx);
  const n = await db.notification.findFirst({ where: { id, userId: agent.id }, select: { lien: true, lueLe: true } });
  if (!n) return null;
  if (!n.lueLe) await db.notification.update({ where: { id }, data: { lueLe: new Date() } });
  return n.lien;
}

export async function markAllRead(agent: AgentLike, { tx }: InTx = {}) {
  const { count } = await on(tx).notification.updateMany({ where: { userId: agent.id, lueLe: null }, data: { lueLe: new Date() } });
  return { count };
}

/** The kinds the agent wants by e-mail; the others stay in the inbox only. */
export async function preferencesCourriel(agent: AgentLike, voulus: readonly TypeNotification[], { tx }: InTx = {}) {
  const coupes = TYPES_NOTIFICATION.filter((t) => !voulus.includes(t));
  await on(tx).user.update({ where: { id: agent.id }, data: { courrielsCoupes: coupes } });
  return { courrielsCoupes: coupes };
}

import "server-only";
import { notFound } from "next/navigation";
import { db } from "../db";
import { Introuvable } from "../errors";
import type { AgentLike } from "../policies";
import { getConvention } from "./get-convention";

/** For pages: the convention the agent may see, or the 404 page. */
export async function loadConventionOr404(agent: AgentLike, id: string) {
  try {
    return await getConvention(db, agent, id);
  } catch (error) {
    if (error instanceof Introuvable) notFound();
    throw error;
  }
}

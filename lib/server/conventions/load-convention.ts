import "server-only";
import { notFound } from "next/navigation";
import { Introuvable } from "@/lib/domain/erreurs";
import type { AgentLike } from "../policies";
import { getConvention } from "./get-convention";

/** For pages: the result of a query, or the 404 page when it answers Introuvable. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (error instanceof Introuvable) notFound();
    throw error;
  }
}

/** For pages: the convention the agent may see, or the 404 page. */
export function loadConventionOr404(agent: AgentLike, id: string) {
  return orNotFound(getConvention(agent, id));
}

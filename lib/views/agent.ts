import type { Role } from "@/lib/domain/roles";

/** The signed-in agent, as pages and components see them (lib/server/auth/agent.ts). */
export type Agent = { id: string; email: string; nom: string; role: Role; organisationId: string | null };

/** What the authorisation rules need of an agent. */
export type AgentLike = Pick<Agent, "id" | "role" | "organisationId">;

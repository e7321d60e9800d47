import type { Role } from "@/lib/domain/roles";

/** The signed-in agent, as pages and components see them (lib/server/auth/agent.ts): their roles,
 *  their own organisation (the party they may sign for) and their perimeter (the organisations whose
 *  conventions they see and handle; empty: the ministry of their organisation). */
export type Agent = { id: string; email: string; nom: string; roles: Role[]; organisationId: string | null; perimetre: string[] };

/** What the authorisation rules need of an agent (no perimeter given: the ministry of their organisation). */
export type AgentLike = Pick<Agent, "id" | "roles" | "organisationId"> & { perimetre?: readonly string[] };

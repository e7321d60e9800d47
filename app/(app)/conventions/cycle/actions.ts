"use server";
// The life cycle and the review of a convention or an avenant: one set of actions for both kinds.
import { makeAction } from "@/lib/actions/action";
import { ACTION_DE } from "@/lib/domain/roles";
import {
  approveSectionSchema,
  approveSectionsSchema,
  openFilSchema,
  answerFilSchema,
  resolveFilSchema,
  transitionSchema,
} from "@/lib/schemas/revue";
import { takeStep } from "@/lib/server/cycle/take-step";
import { approveSection, approveSections } from "@/lib/server/revue/approve-sections";
import { openFil } from "@/lib/server/revue/open-fil";
import { answerFil } from "@/lib/server/revue/answer-fil";
import { resolveFil } from "@/lib/server/revue/resolve-fil";

const PARTICIPANTS = ["convention.relire", "convention.modifier"] as const;

export const transitionAction = makeAction(Object.values(ACTION_DE), transitionSchema, (agent, data) => takeStep(agent, data));
export const openFilAction = makeAction(PARTICIPANTS, openFilSchema, (agent, data) => openFil(agent, data));
export const answerFilAction = makeAction(PARTICIPANTS, answerFilSchema, (agent, data) => answerFil(agent, data));
export const resolveFilAction = makeAction(PARTICIPANTS, resolveFilSchema, (agent, data) => resolveFil(agent, data));
export const approveSectionAction = makeAction("convention.relire", approveSectionSchema, (agent, data) => approveSection(agent, data));
export const approveSectionsAction = makeAction("convention.relire", approveSectionsSchema, (agent, data) => approveSections(agent, data));

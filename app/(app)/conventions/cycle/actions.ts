"use server";
// The life cycle and the review of a convention or an avenant: one set of actions for both kinds.
import { makeAction } from "@/lib/actions/action";
import { ACTION_DE } from "@/lib/domain/roles";
import {
  approuverSectionSchema,
  approuverSectionsSchema,
  ouvrirFilSchema,
  repondreFilSchema,
  resoudreFilSchema,
  transitionSchema,
} from "@/lib/schemas/revue";
import { etapeDocument } from "@/lib/server/cycle/etape-document";
import { approuverSection, approuverSections, ouvrirFil, repondreFil, resoudreFil } from "@/lib/server/revue/revue";

const PARTICIPANTS = ["convention.relire", "convention.modifier"] as const;

export const transitionAction = makeAction(Object.values(ACTION_DE), transitionSchema, (agent, data) => etapeDocument(agent, data));
export const ouvrirFilAction = makeAction(PARTICIPANTS, ouvrirFilSchema, (agent, data) => ouvrirFil(agent, data));
export const repondreFilAction = makeAction(PARTICIPANTS, repondreFilSchema, (agent, data) => repondreFil(agent, data));
export const resoudreFilAction = makeAction(PARTICIPANTS, resoudreFilSchema, (agent, data) => resoudreFil(agent, data));
export const approuverSectionAction = makeAction("convention.relire", approuverSectionSchema, (agent, data) =>
  approuverSection(agent, data),
);
export const approuverSectionsAction = makeAction("convention.relire", approuverSectionsSchema, (agent, data) =>
  approuverSections(agent, data),
);

// The life cycle's and the review's server actions, as the document pages hand them to their components.
import { approveSectionAction, approveSectionsAction, openFilAction, answerFilAction, resolveFilAction, transitionAction } from "./actions";

export const ACTIONS_CYCLE = {
  transition: transitionAction,
  ouvrir: openFilAction,
  repondre: answerFilAction,
  resoudre: resolveFilAction,
  approuver: approveSectionAction,
  approuverTout: approveSectionsAction,
};

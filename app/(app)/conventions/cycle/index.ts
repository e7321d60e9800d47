// The life cycle's and the review's server actions, as the document pages hand them to their components.
import {
  approuverSectionAction,
  approuverSectionsAction,
  ouvrirFilAction,
  repondreFilAction,
  resoudreFilAction,
  transitionAction,
} from "./actions";

export const ACTIONS_CYCLE = {
  transition: transitionAction,
  ouvrir: ouvrirFilAction,
  repondre: repondreFilAction,
  resoudre: resoudreFilAction,
  approuver: approuverSectionAction,
  approuverTout: approuverSectionsAction,
};

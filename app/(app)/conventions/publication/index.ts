// The publication tracker's server actions, as the document pages hand them to its component.
import { recordPublicationAction, removeCanalAction, requestUploadAction } from "./actions";

export const ACTIONS_PUBLICATION = {
  enregistrer: recordPublicationAction,
  retirer: removeCanalAction,
  televerser: requestUploadAction,
};

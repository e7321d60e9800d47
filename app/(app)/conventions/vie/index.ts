// « Vie de la convention »'s server actions, as the convention page hands them to its component.
import { recordClotureAction, recordDenonciationAction, recordNotificationAction } from "./actions";

export const ACTIONS_VIE = { notifier: recordNotificationAction, denoncer: recordDenonciationAction, clore: recordClotureAction };

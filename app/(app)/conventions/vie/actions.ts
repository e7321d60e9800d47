"use server";
import { makeAction } from "@/lib/actions/action";
import { clotureSchema, denonciationSchema, notificationSchema } from "@/lib/schemas/vie";
import { recordNotification } from "@/lib/server/vie/record-notification";
import { recordDenonciation } from "@/lib/server/vie/record-denonciation";
import { recordCloture } from "@/lib/server/vie/record-cloture";

export const recordNotificationAction = makeAction("convention.publier", notificationSchema, (agent, data) =>
  recordNotification(agent, data),
);
export const recordDenonciationAction = makeAction("convention.denoncer", denonciationSchema, (agent, data) =>
  recordDenonciation(agent, data),
);
export const recordClotureAction = makeAction("convention.clore", clotureSchema, (agent, data) => recordCloture(agent, data));

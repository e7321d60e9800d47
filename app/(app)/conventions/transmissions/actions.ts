"use server";
import { makeAction } from "@/lib/actions/action";
import { transmissionSchema } from "@/lib/schemas/transmission";
import { recordTransmission } from "@/lib/server/transmissions/record-transmission";

export const recordTransmissionAction = makeAction("convention.publier", transmissionSchema, (agent, data) =>
  recordTransmission(agent, data),
);

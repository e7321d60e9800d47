"use server";
import { makeAction } from "@/lib/actions/action";
import { canalPublicationSchema, retraitCanalSchema, televersementSchema } from "@/lib/schemas/publication";
import { recordPublication } from "@/lib/server/publication/record-publication";
import { removeCanal } from "@/lib/server/publication/remove-canal";
import { requestUpload } from "@/lib/server/publication/request-upload";

export const recordPublicationAction = makeAction("convention.publier", canalPublicationSchema, (agent, data) =>
  recordPublication(agent, data),
);
export const removeCanalAction = makeAction("convention.publier", retraitCanalSchema, (agent, data) => removeCanal(agent, data));
export const requestUploadAction = makeAction("convention.publier", televersementSchema, (agent, data) => requestUpload(agent, data));

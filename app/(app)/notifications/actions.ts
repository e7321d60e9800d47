"use server";
import { z } from "zod";
import { makeAction } from "@/lib/actions/action";
import { TYPES_NOTIFICATION } from "@/lib/domain/notifications";
import { preferencesCourriel, markAllRead } from "@/lib/server/notifications/boite";

// Every agent has an inbox: reading it needs no more than being signed in (« convention.lire » is everyone's).
export const markAllReadAction = makeAction("convention.lire", z.object({}), (agent) => markAllRead(agent));
export const preferencesAction = makeAction("convention.lire", z.object({ voulus: z.array(z.enum(TYPES_NOTIFICATION)) }), (agent, data) =>
  preferencesCourriel(agent, data.voulus),
);

"use server";
import { makePublicAction } from "@/lib/actions/action";
import { invitationSchema } from "@/lib/schemas/compte";
import { acceptInvitation } from "@/lib/server/comptes/accept-invitation";

// No session: the link's token is what the use case checks (single use, 72 h).
export const acceptInvitationAction = makePublicAction(invitationSchema, (data) => acceptInvitation(data));

import { pdfResponse } from "@/lib/server/pdf/pdf-response";
import { certificatDeSignature } from "@/lib/server/signature/certificat";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return pdfResponse((agent) => certificatDeSignature(agent, { conventionId: id }));
}

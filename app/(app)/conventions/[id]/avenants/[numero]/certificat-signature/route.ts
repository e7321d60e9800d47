import { pdfResponse } from "@/lib/server/pdf/pdf-response";
import { certificatDeSignature } from "@/lib/server/signature/certificat";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; numero: string }> }) {
  const { id, numero } = await params;
  return pdfResponse((agent) => certificatDeSignature(agent, { conventionId: id, numero: Number(numero) }));
}

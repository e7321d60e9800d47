import { historiqueCsvResponse } from "@/lib/server/historique/csv-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; numero: string }> }) {
  const { id, numero } = await params;
  return historiqueCsvResponse(request, { conventionId: id, numero: Number(numero) || -1 }, `historique-avenant-${Number(numero)}.csv`);
}

import { historiqueCsvResponse } from "@/lib/server/historique/csv-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return historiqueCsvResponse(request, { conventionId: id }, "historique-convention.csv");
}

import { requireStaff } from "@/lib/auth/session";
import { DomainError, errorStatus } from "@/lib/errors";
import { listOffices } from "@/lib/offices/queries";
import { exportParticipationCsv, isExportFile } from "@/lib/participation/export";
import { filtersFromQuery } from "@/lib/participation/schemas";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; file: string }> };

/** Staff CSV exports of participation (encuestas.csv, paginas.csv, comentarios.csv) with the view's filters. */
export async function GET(request: Request, { params }: Params) {
  const { file } = await params;
  if (!isExportFile(file))
    return new Response("Not found", { status: errorStatus.NOT_FOUND, headers: { "Cache-Control": "no-store" } });
  try {
    const staff = await requireStaff("participation.view");
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const csv = await exportParticipationCsv(file, filtersFromQuery(query, await listOffices()), staff);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="participacion-${file}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")) {
      return new Response(error.code, { status: error.status, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
}

import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { DEFAULT_HOME_CURRENCY, formatMoney } from "./format";

type AmountLike = Pick<FeeDTO, "amountCentavos"> & Partial<Pick<FeeDTO, "currency" | "indexRange">>;

/**
 * One amount as the pages and documents print it: "$11,141.00", "USD 56.00", "20–40 UMA", "Sin costo" (0)
 * or "Monto por confirmar" (null). A bare number is read as centavos of the institution's currency.
 */
export function formatFeeAmount(fee: AmountLike | number | null, t: Translate, locale: Locale): string {
  const f: AmountLike = typeof fee === "number" || fee === null ? { amountCentavos: fee } : fee;
  if (f.amountCentavos === null) {
    if (f.indexRange) return t("procedure.indexRange", { min: f.indexRange.min, max: f.indexRange.max, unit: f.indexRange.unit });
    return t("procedure.amountToConfirm");
  }
  if (f.amountCentavos === 0) return t("procedure.free");
  return formatMoney(f.amountCentavos, f.currency ?? DEFAULT_HOME_CURRENCY, locale);
}


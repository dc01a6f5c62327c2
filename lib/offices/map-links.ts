import { AUTHORITY } from "@/lib/authority";
import type { OfficeDTO } from "./types";

type MapTarget = Pick<OfficeDTO, "name" | "city" | "stateName" | "address" | "postalCode" | "location">;

/** What a map search should look for: the address when known, otherwise the authority's office in that city. */
export function mapQuery(office: MapTarget): string {
  const place = office.address
    ? [office.address, office.postalCode, office.city, office.stateName]
    : [AUTHORITY.name.es, office.city, office.stateName];
  return place.filter(Boolean).join(", ");
}

/**
 * A `geo:` URI (RFC 5870), which phones open in their map app; no third-party map is embedded.
 * With coordinates it pins the point, otherwise it asks the app to search (`geo:0,0?q=`, Android's convention).
 */
export function geoUri(office: MapTarget): string {
  if (office.location) {
    const { latitude, longitude } = office.location;
    return `geo:${latitude},${longitude}?q=${latitude},${longitude}(${encodeURIComponent(office.name.es)})`;
  }
  return `geo:0,0?q=${encodeURIComponent(mapQuery(office))}`;
}

/** A plain web map link for phones and browsers that do not handle `geo:` (iOS, desktop). */
export function webMapUrl(office: MapTarget): string {
  if (office.location) {
    const { latitude, longitude } = office.location;
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(mapQuery(office))}`;
}

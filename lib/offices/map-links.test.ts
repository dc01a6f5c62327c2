import { describe, expect, it } from "vitest";
import { geoUri, mapQuery, webMapUrl } from "./map-links";

const base = {
  name: { es: "Oficina de Representación del INM en Jalisco", en: "INM Representation Office in Jalisco" },
  city: "Guadalajara",
  stateName: "Jalisco",
  address: null,
  postalCode: null,
  location: null,
};

describe("map links", () => {
  it("search for the INM office in the city when the address is unknown", () => {
    expect(mapQuery(base)).toBe("Instituto Nacional de Migración, Guadalajara, Jalisco");
    expect(geoUri(base)).toBe("geo:0,0?q=Instituto%20Nacional%20de%20Migraci%C3%B3n%2C%20Guadalajara%2C%20Jalisco");
    expect(webMapUrl(base)).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=Instituto/);
  });

  it("search for the address with its postcode when it is known", () => {
    expect(mapQuery({ ...base, address: "Av. Alemania 1370", postalCode: "44190" })).toBe(
      "Av. Alemania 1370, 44190, Guadalajara, Jalisco",
    );
  });

  it("pin the coordinates when the office has them", () => {
    const office = { ...base, location: { latitude: 20.67, longitude: -103.35 } };
    expect(geoUri(office)).toMatch(/^geo:20\.67,-103\.35\?q=20\.67,-103\.35\(Oficina/);
    expect(webMapUrl(office)).toBe("https://www.openstreetmap.org/?mlat=20.67&mlon=-103.35#map=17/20.67/-103.35");
  });
});

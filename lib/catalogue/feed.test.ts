import { describe, expect, it } from "vitest";
import { buildAtomFeed, escapeXml, tagUri, type Feed } from "./feed";

const feed: Feed = {
  origin: "https://ventanilla.example",
  selfPath: "/es/cambios/feed.xml",
  pagePath: "/es/cambios",
  language: "es",
  title: "Cambios en el catálogo de trámites: INM",
  author: "Instituto Nacional de Migración",
  updated: "2026-12-01T00:00:00.000Z",
  entries: [
    {
      path: "/es/tramites/visa-trabajo/version/3",
      title: 'Visa <trabajo> & "oferta", versión 3',
      published: "2026-12-02T18:30:00.000Z",
      summary: "La cuota pasó de $1,000 a $1,200. Nota: ajuste 'anual'.",
    },
    {
      path: "/es/tramites/canje/version/1",
      title: "Canje, versión 1",
      published: "2026-11-20T10:00:00.000Z",
      summary: "Primera versión publicada.",
    },
  ],
};

describe("Atom feed of catalogue changes", () => {
  const xml = buildAtomFeed(feed);

  it("is an Atom 1.0 document in the page's language", () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">\n',
      ),
    ).toBe(true);
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });

  it("has the feed's id, title, author, self link and the newest entry's date as updated", () => {
    expect(xml).toContain("  <id>tag:ventanilla.example,2026:/es/cambios/feed.xml</id>\n");
    expect(xml).toContain("  <title>Cambios en el catálogo de trámites: INM</title>\n");
    expect(xml).toContain("  <updated>2026-12-02T18:30:00.000Z</updated>\n");
    expect(xml).toContain("  <author><name>Instituto Nacional de Migración</name></author>\n");
    expect(xml).toContain(
      '  <link rel="self" type="application/atom+xml" href="https://ventanilla.example/es/cambios/feed.xml"/>\n',
    );
    expect(xml).toContain('  <link rel="alternate" type="text/html" href="https://ventanilla.example/es/cambios"/>\n');
  });

  it("writes one entry per version, in the given order, with its text escaped", () => {
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain(
      [
        "  <entry>",
        "    <id>tag:ventanilla.example,2026:/es/tramites/visa-trabajo/version/3</id>",
        "    <title>Visa &lt;trabajo&gt; &amp; &quot;oferta&quot;, versión 3</title>",
        "    <published>2026-12-02T18:30:00.000Z</published>",
        "    <updated>2026-12-02T18:30:00.000Z</updated>",
        '    <link rel="alternate" type="text/html" href="https://ventanilla.example/es/tramites/visa-trabajo/version/3"/>',
        '    <summary type="text">La cuota pasó de $1,000 a $1,200. Nota: ajuste &apos;anual&apos;.</summary>',
        "  </entry>",
      ].join("\n"),
    );
    expect(xml.indexOf("visa-trabajo/version/3")).toBeLessThan(xml.indexOf("canje/version/1"));
  });

  it("with no entry yet, is still valid and dated by the caller", () => {
    const empty = buildAtomFeed({ ...feed, entries: [] });
    expect(empty).toContain("  <updated>2026-12-01T00:00:00.000Z</updated>\n");
    expect(empty).not.toContain("<entry>");
  });
});

describe("escapeXml", () => {
  it("escapes the five special characters and drops characters XML forbids", () => {
    expect(escapeXml(`a<b>&"c"'d'\u0001\u000Be\tf`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e\tf");
  });
});

describe("tagUri", () => {
  it("uses the host name without port or scheme", () => {
    expect(tagUri("http://localhost:3000", "/en/cambios/feed.xml")).toBe("tag:localhost,2026:/en/cambios/feed.xml");
  });
});

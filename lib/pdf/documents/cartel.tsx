import { intlLocale } from "@/lib/i18n/config";
import { Document, Page, Path, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { getTranslator } from "@/lib/i18n/messages";
import { displayUrl, qrPathData } from "@/lib/posters/qr";
import type { PosterContent, PosterSize } from "@/lib/posters/types";
import { FONT_FAMILY } from "../fonts";
import { colors } from "../components/styles";

/**
 * The counter poster: the campaign text in Spanish with English underneath, what it is for, a large
 * vector QR code (error correction H) and the short URL printed under it for people who cannot scan.
 * Sizes scale with the page, so A3 is A4 enlarged. Black on white: prints on any office printer.
 */
export function CartelDocument({ content, size }: { content: PosterContent; size: PosterSize }) {
  const es = getTranslator("es");
  const en = getTranslator("en");
  const k = size === "A3" ? Math.SQRT2 : 1;
  const { size: modules, d } = qrPathData(content.url);
  const qrSide = 330 * k; // ≈ 11.6 cm on A4, 16.5 cm on A3
  const shortUrl = displayUrl(content.url);
  const center = { textAlign: "center" as const };
  return (
    <Document
      title={`${es("posters.campaignTitle")} — ${content.subject.es}`}
      author={content.institution}
      language={intlLocale("es")}
      subject={content.url}
    >
      <Page
        size={size}
        style={{
          fontFamily: FONT_FAMILY,
          color: colors.ink,
          paddingVertical: 36 * k,
          paddingHorizontal: 42 * k,
          alignItems: "center",
        }}
      >
        <Text style={[center, { fontSize: 11 * k, color: colors.muted }]}>{content.institution}</Text>
        <Text style={[center, { fontSize: 38 * k, fontWeight: 700, marginTop: 14 * k, color: colors.accent }]}>
          {es("posters.campaignTitle")}
        </Text>
        <Text style={[center, { fontSize: 17 * k, marginTop: 6 * k, maxWidth: 460 * k }]}>
          {es("posters.campaignText")}
        </Text>
        <Text style={[center, { fontSize: 13 * k, marginTop: 6 * k, color: colors.muted, maxWidth: 460 * k }]}>
          {en("posters.campaignTitle")}. {en("posters.campaignText")}
        </Text>
        <View
          style={{
            marginTop: 16 * k,
            borderTopWidth: 2 * k,
            borderTopColor: colors.accent,
            paddingTop: 10 * k,
            width: "100%",
          }}
        >
          <Text style={[center, { fontSize: 22 * k, fontWeight: 700 }]}>{content.subject.es}</Text>
          <Text style={[center, { fontSize: 14 * k, color: colors.muted, marginTop: 2 * k }]}>
            {content.subject.en}
          </Text>
        </View>
        <Svg viewBox={`0 0 ${modules} ${modules}`} style={{ width: qrSide, height: qrSide, marginTop: 14 * k }}>
          <Rect x={0} y={0} width={modules} height={modules} fill="#ffffff" />
          <Path d={d} fill="#000000" />
        </Svg>
        <Text style={[center, { fontSize: 12 * k, marginTop: 8 * k }]}>{es("posters.cannotScan")}</Text>
        <Text style={[center, { fontSize: 10 * k, color: colors.muted }]}>{en("posters.cannotScan")}</Text>
        <Text style={[center, { fontSize: 26 * k, fontWeight: 700, marginTop: 4 * k, letterSpacing: 0.5 * k }]}>
          {shortUrl}
        </Text>
        <View style={{ position: "absolute", bottom: 30 * k, left: 42 * k, right: 42 * k }}>
          {content.office ? (
            <Text style={[center, { fontSize: 11 * k, fontWeight: 700 }]}>{content.office.es}</Text>
          ) : null}
          <Text style={[center, { fontSize: 10 * k, marginTop: 2 * k }]}>{es("posters.free")}</Text>
          <Text style={[center, { fontSize: 9 * k, color: colors.muted }]}>{en("posters.free")}</Text>
        </View>
      </Page>
    </Document>
  );
}

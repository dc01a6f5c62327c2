import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "../fonts";

export const colors = {
  ink: "#1a1a1a",
  muted: "#555555",
  help: "#6b6b6b",
  rule: "#8c8c8c",
  light: "#f2f2f2",
  accent: "#611232",
};

/**
 * Margins of 15 mm at the sides and ~13–20 mm top and bottom print inside the unprintable border of
 * office printers on both A4 (210 × 297 mm) and US Letter (216 × 279 mm).
 */
export const styles = StyleSheet.create({
  // No lineHeight on the page or on any View: React-PDF 4.9 resolves an inherited lineHeight to
  // fixed points (wrong for smaller text) and drops `render` text (the page numbers) it reaches.
  // Noto Sans' own line spacing (~1.36 em) is used unless a text style sets its own.
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 9.5,
    color: colors.ink,
    paddingTop: 38,
    paddingBottom: 58,
    paddingHorizontal: 42,
  },
  footer: {
    position: "absolute",
    bottom: 22,
    left: 42,
    right: 42,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: colors.rule,
    paddingTop: 4,
    fontSize: 7,
    color: colors.muted,
  },
  footerLeft: { flexGrow: 1, flexShrink: 1, flexBasis: 0, paddingRight: 12 },
  header: {
    flexDirection: "row",
    justifyContent: "space-between",
    alignItems: "flex-start",
    borderBottomWidth: 1.5,
    borderBottomColor: colors.accent,
    paddingBottom: 6,
  },
  parentBody: { fontSize: 7.5, color: colors.muted },
  institution: { fontSize: 11, fontWeight: 700 },
  numberBox: { alignItems: "flex-end" },
  numberLabel: { fontSize: 7.5, color: colors.muted },
  number: { fontSize: 16, fontWeight: 700, letterSpacing: 0.5 },
  title: { fontSize: 13, fontWeight: 700, marginTop: 10 },
  subtitle: { fontSize: 10.5, marginTop: 2 },
  help: { fontSize: 7.5, color: colors.help, lineHeight: 1.25 },
  helpInline: { fontSize: 7, color: colors.help, fontWeight: 400 },
  section: { marginTop: 12 },
  sectionTitle: { fontSize: 10.5, fontWeight: 700, color: colors.accent, marginBottom: 4 },
  grid: { flexDirection: "row", flexWrap: "wrap", borderTopWidth: 0.5, borderLeftWidth: 0.5, borderColor: colors.rule },
  cell: {
    borderRightWidth: 0.5,
    borderBottomWidth: 0.5,
    borderColor: colors.rule,
    paddingVertical: 3,
    paddingHorizontal: 5,
    minHeight: 28,
  },
  cellLabel: { fontSize: 7, color: colors.muted, lineHeight: 1.2 },
  cellValue: { fontSize: 10, marginTop: 1 },
  paragraph: { marginBottom: 8, textAlign: "justify", lineHeight: 1.5, fontSize: 10.5 },
  bold: { fontWeight: 700 },
  muted: { color: colors.muted },
  small: { fontSize: 8 },
  row: { flexDirection: "row" },
  signatureArea: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-end", marginTop: 18 },
  signatureBox: { width: 250, alignItems: "center" },
  signatureSpace: { height: 46, width: "100%", borderBottomWidth: 0.8, borderBottomColor: colors.ink },
  signatureCaption: { fontSize: 7.5, color: colors.muted, textAlign: "center", marginTop: 3 },
  signatureName: { fontSize: 10, fontWeight: 700, textAlign: "center", marginTop: 2 },
  placeDate: { width: 220 },
  line: { borderBottomWidth: 0.8, borderBottomColor: colors.ink, height: 18 },
  box: { borderWidth: 0.8, borderColor: colors.ink, padding: 8 },
  shaded: { backgroundColor: colors.light, padding: 8 },
});

import { StyleSheet } from "@react-pdf/renderer";

const FONT = ["Marianne", "DejaVu Sans"] as unknown as string; // fallback for missing glyphs

// A unitless lineHeight is multiplied by the fontSize of the same style — react-pdf's default (18)
// when the style has none, not the inherited one: every style with a lineHeight states its fontSize.
export const styles = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 10, paddingTop: 56, paddingBottom: 56, paddingHorizontal: 56, color: "#161616" },
  // The page chrome does not inherit the page's font: named here, or react-pdf falls back to an
  // unembedded Helvetica (pdffonts listed it).
  header: {
    fontFamily: FONT,
    position: "absolute",
    top: 24,
    left: 56,
    right: 56,
    fontSize: 8,
    color: "#666666",
    flexDirection: "row",
    justifyContent: "space-between",
  },
  footer: { fontFamily: FONT, position: "absolute", bottom: 24, left: 56, right: 56, fontSize: 8, color: "#666666", textAlign: "right" },
  watermark: {
    fontFamily: FONT,
    position: "absolute",
    top: 330,
    left: 60,
    fontSize: 110,
    color: "#dddddd",
    opacity: 0.5,
    transform: "rotate(-40deg)",
    fontWeight: "bold",
  },
  informatif: { fontFamily: FONT, fontSize: 8, color: "#a94645", marginBottom: 8 },
  blocMarque: { marginBottom: 24 },
  marianne: { fontSize: 9, fontWeight: "bold", lineHeight: 1.2 },
  devise: { fontSize: 7, fontStyle: "italic", lineHeight: 1.2 },
  ministere: { fontSize: 8, fontWeight: "bold", lineHeight: 1.2, marginTop: 6, maxWidth: 200 },
  titre: { fontSize: 16, fontWeight: "bold", textAlign: "center", marginBottom: 20, lineHeight: 1.2 },
  entre: { fontSize: 10, marginTop: 8, marginBottom: 4, lineHeight: 1.3 },
  partie: { fontSize: 10, marginBottom: 4, lineHeight: 1.3 },
  bold: { fontWeight: "bold" },
  italic: { fontStyle: "italic" },
  boldItalic: { fontWeight: "bold", fontStyle: "italic" },
  paragraphe: { fontSize: 10, marginBottom: 6, lineHeight: 1.3, textAlign: "justify" },
  h2: { fontSize: 12, fontWeight: "bold", marginTop: 12, marginBottom: 6, lineHeight: 1.2 },
  h3: { fontSize: 10.5, fontWeight: "bold", marginTop: 8, marginBottom: 4, lineHeight: 1.2 },
  item: { flexDirection: "row", marginBottom: 3, paddingLeft: 10 },
  puce: { width: 10, fontSize: 10, lineHeight: 1.3 },
  itemTexte: { flex: 1, fontSize: 10, lineHeight: 1.3, textAlign: "justify" },
  note: { fontSize: 8, lineHeight: 1.2, color: "#444444" },
  // Every cell draws its four borders, pulled 0.5 pt over its neighbours' so that they overlap: a row
  // is framed whole on whatever page it lands, and the header repeated at the top of the next one.
  table: { marginVertical: 6 },
  tableTitre: { fontSize: 9.5, fontWeight: "bold", marginTop: 6, marginBottom: 2 },
  row: { flexDirection: "row" },
  rowNext: { marginTop: -0.5 },
  cell: { flex: 1, padding: 4, borderWidth: 0.5, borderColor: "#888888", fontSize: 9, lineHeight: 1.2 },
  cellNext: { marginLeft: -0.5 },
  cellHead: { backgroundColor: "#eeeeee", fontWeight: "bold" },
  cellNum: { textAlign: "right" },
  signatures: { flexDirection: "row", flexWrap: "wrap", marginTop: 12 },
  signature: { width: "50%", paddingRight: 12, marginBottom: 24, minHeight: 90, fontSize: 10, lineHeight: 1.3 },
  zoneSignature: { height: 48, marginTop: 4 },
});

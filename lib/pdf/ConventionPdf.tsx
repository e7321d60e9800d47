// The official document, pure: it prints what build-convention-pdf-data prepared, nothing else.
import { Document, Link, Page, Path, Rect, Svg, Text, View, type PageLayoutProps } from "@react-pdf/renderer";
import { Fragment } from "react";
import { parseSegments, parseTexte, type Segment } from "@/lib/domain/texte";
import { pdfText } from "./fonts";
import { styles } from "./styles";
import { MARIANNE_DRAPEAU, MARIANNE_TRACES, MARIANNE_VIEWBOX } from "./marianne";
import type { PdfConvention, PdfTableau } from "./data";

// A heading never ends a page: at least this much (points, ~3 lines) of what follows comes with it.
const PRESENCE_TITRE = 40;
// A table header comes with at least its first row.
const PRESENCE_LIGNE = 20;

// Plain segments are bare strings inside the paragraph's <Text>: one node less per run of text,
// which every page relayout would otherwise style and measure again.
function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.gras || s.italique ? (
          <Text key={i} style={s.gras && s.italique ? styles.boldItalic : s.gras ? styles.bold : styles.italic}>
            {pdfText(s.texte)}
          </Text>
        ) : (
          pdfText(s.texte)
        ),
      )}
    </>
  );
}

function Tableau({ tableau, numeric = [] }: { tableau: PdfTableau; numeric?: number[] }) {
  const cell = (text: string, i: number, head = false) => (
    <Text
      key={i}
      style={[styles.cell, i > 0 ? styles.cellNext : {}, head ? styles.cellHead : {}, numeric.includes(i) ? styles.cellNum : {}]}
    >
      {/* a cell's bold and italics (light markup), as the paragraphs print them */}
      <Segments segments={parseSegments(text)} />
    </Text>
  );
  const rows = [
    ...tableau.lignes.map((ligne) => ligne.map((c, i) => cell(c, i, !tableau.colonnes && i === 0))),
    ...(tableau.total ? [tableau.total.map((c, i) => cell(c, i, true))] : []),
  ];
  return (
    <View style={{ marginVertical: 4 }}>
      {tableau.titre && (
        <Text style={styles.tableTitre} minPresenceAhead={PRESENCE_TITRE}>
          {pdfText(tableau.titre)}
        </Text>
      )}
      <View style={styles.table}>
        {/* An empty first child gives the engine a break before the header, so that the header's
            minPresenceAhead takes it to the next page with the first row rather than leave it alone. */}
        <View />
        {tableau.colonnes && (
          // Repeated at the top of every page the table runs onto.
          <View style={styles.row} wrap={false} fixed minPresenceAhead={PRESENCE_LIGNE}>
            {tableau.colonnes.map((c, i) => cell(c, i, true))}
          </View>
        )}
        {rows.map((cells, r) => (
          // A row never breaks across pages.
          <View key={r} style={[styles.row, r > 0 || tableau.colonnes ? styles.rowNext : {}]} wrap={false}>
            {cells}
          </View>
        ))}
      </View>
    </View>
  );
}

function Corps({ source, tableaux }: { source: string; tableaux: PdfConvention["tableaux"] }) {
  return (
    <>
      {parseTexte(source).map((bloc, i) => {
        switch (bloc.type) {
          case "paragraphe":
            return (
              <Text key={i} style={styles.paragraphe}>
                <Segments segments={bloc.segments} />
              </Text>
            );
          case "sous-titre":
            return (
              <Text key={i} style={styles.h3} minPresenceAhead={PRESENCE_TITRE}>
                <Segments segments={bloc.segments} />
              </Text>
            );
          case "liste":
            return (
              <View key={i} style={{ marginBottom: 6 }}>
                {bloc.items.map((item, j) => (
                  <View key={j} style={styles.item} wrap={false}>
                    <Text style={styles.puce}>–</Text>
                    <Text style={styles.itemTexte}>
                      <Segments segments={item} />
                    </Text>
                  </View>
                ))}
              </View>
            );
          case "tableau": {
            const tableau = tableaux[bloc.nom];
            return tableau ? (
              <Tableau
                key={i}
                tableau={tableau}
                numeric={tableau.numeriques ?? (bloc.nom === "echeancier" ? [1, 2] : bloc.nom === "cofinancement" ? [2] : [])}
              />
            ) : null;
          }
        }
      })}
    </>
  );
}

/** The document itself, flowing from page to page inside the chrome. */
function Body({ data }: { data: PdfConvention }) {
  return (
    <>
      {/* The State's bloc-marque: Marianne, « RÉPUBLIQUE FRANÇAISE » on two lines, the motto, the
          ministry (one Text per line: a "\n" inside a run made react-pdf reach for an unembedded Helvetica). */}
      <View style={styles.blocMarque}>
        <Svg viewBox={MARIANNE_VIEWBOX} width={33} height={13.5} style={{ marginBottom: 3 }}>
          <Rect x={0} y={MARIANNE_DRAPEAU.y} width={22} height={MARIANNE_DRAPEAU.hauteur} fill={MARIANNE_DRAPEAU.bleu} />
          <Rect x={22} y={MARIANNE_DRAPEAU.y} width={22} height={MARIANNE_DRAPEAU.hauteur} fill={MARIANNE_DRAPEAU.rouge} />
          {MARIANNE_TRACES.map((t, i) => (
            <Path key={i} d={t.d} fill={t.fill} />
          ))}
        </Svg>
        <Text style={styles.marianne}>RÉPUBLIQUE</Text>
        <Text style={styles.marianne}>FRANÇAISE</Text>
        <Text style={styles.devise}>Liberté</Text>
        <Text style={styles.devise}>Égalité</Text>
        <Text style={styles.devise}>Fraternité</Text>
        {data.ministere && <Text style={styles.ministere}>{pdfText(data.ministere)}</Text>}
      </View>
      <Text style={styles.titre}>{pdfText(data.titre)}</Text>

      {data.parties.map((p, i) => (
        <View key={i} wrap={false}>
          <Text style={styles.entre}>{i === 0 ? "Entre" : "et"}</Text>
          <Text style={[styles.partie, styles.bold]}>{pdfText(p.libelle)}</Text>
          {p.adresse && <Text style={styles.partie}>{pdfText(`Adresse : ${p.adresse}`)}</Text>}
          {p.representation && <Text style={styles.partie}>{pdfText(p.representation)}</Text>}
          {p.denomination && <Text style={styles.partie}>{pdfText(p.denomination)}</Text>}
        </View>
      ))}

      {data.visas.length > 0 && (
        <View style={{ marginTop: 10 }}>
          {data.visas.map((v, i) => (
            <Text key={i} style={styles.paragraphe}>
              {pdfText(v)}
            </Text>
          ))}
        </View>
      )}

      {data.introduction && (
        <View style={{ marginTop: 10 }}>
          <Corps source={data.introduction} tableaux={data.tableaux} />
        </View>
      )}

      {data.preambule && (
        <>
          <Text style={styles.h2} minPresenceAhead={PRESENCE_TITRE}>
            {pdfText(data.preambule.titre)}
          </Text>
          <Corps source={data.preambule.texte} tableaux={data.tableaux} />
        </>
      )}
      {data.formuleAccord && <Text style={[styles.paragraphe, { marginTop: 6 }]}>{pdfText(data.formuleAccord)}</Text>}

      {/* Headings and blocks are siblings, not wrapped per article: the pagination engine only keeps a
          heading with what follows (minPresenceAhead) when it can break before it in the same flow. */}
      {data.articles.map((a, i) => (
        <Fragment key={i}>
          <Text style={styles.h2} minPresenceAhead={PRESENCE_TITRE}>
            {pdfText(a.titre)}
          </Text>
          <Corps source={a.corps} tableaux={data.tableaux} />
          {a.notes.map((n, j) => (
            <Text key={j} style={styles.note}>
              {`${j + 1}. ${pdfText(n)}`}
            </Text>
          ))}
        </Fragment>
      ))}

      {/* « Fait à Paris, le … » and the signature blocks stay together on one page (a block is never cut,
          even when there are too many parties for one page). */}
      {(data.faitA || data.signatures.length > 0) && (
        <View wrap={data.signatures.length > 8} style={{ marginTop: 16 }}>
          {data.faitA && <Text style={styles.paragraphe}>{pdfText(data.faitA)}</Text>}
          <View style={styles.signatures}>
            {data.signatures.map((s, i) => (
              <View key={i} style={styles.signature} wrap={false}>
                {s.lieuDate && <Text style={{ marginBottom: 4 }}>{pdfText(s.lieuDate)}</Text>}
                <Text>{pdfText(s.mention)}</Text>
                {s.qualite && <Text>{pdfText(s.qualite)}</Text>}
                {s.nom && <Text style={styles.bold}>{pdfText(s.nom)}</Text>}
                {s.date && <Text style={styles.note}>{pdfText(s.date)}</Text>}
                {/* Room to sign: by hand on paper; an in-app signature is shown there. The signing step
                    finds it by this link's rectangle (written in page coordinates; react-pdf's named
                    destinations are not); the link names no existing destination: a click does nothing. */}
                {s.ancre ? (
                  <Link src={`#${s.ancre}`} style={styles.zoneSignature}>
                    <View />
                  </Link>
                ) : (
                  <View style={styles.zoneSignature} />
                )}
              </View>
            ))}
          </View>
        </View>
      )}

      {data.annexes.map((annexe, i) => (
        <View key={i} break>
          <Text style={styles.h2}>{pdfText(annexe.titre)}</Text>
          {annexe.texte && <Corps source={annexe.texte} tableaux={{}} />}
          {annexe.tableau && <Tableau tableau={annexe.tableau} />}
        </View>
      ))}
    </>
  );
}

export function ConventionPdf({ data }: { data: PdfConvention }) {
  // What every page carries around its content: running header, PROJET watermark, notice of a
  // consolidated version, « page X / Y ». A page layout (react-pdf's pagination engine that measures
  // content once and packs it into pages) rather than `fixed` nodes with a `render` prop, which
  // make the default engine lay the rest of the document out again at every page break.
  const chrome = ({ pageNumber, totalPages, children }: PageLayoutProps) => (
    <>
      <View style={styles.header}>
        <Text>{pdfText(data.reference)}</Text>
        <Text>{pdfText(data.bandeau ?? (data.signee ? "" : "PROJET — document non signé"))}</Text>
      </View>
      {(data.filigrane === undefined ? (data.signee ? null : "PROJET") : data.filigrane) && (
        <Text style={styles.watermark}>{data.filigrane ?? "PROJET"}</Text>
      )}
      {data.informatif && <Text style={styles.informatif}>{pdfText(data.informatif)}</Text>}
      {children}
      <Text style={styles.footer}>{`page ${pageNumber} / ${totalPages}`}</Text>
    </>
  );
  return (
    <Document
      title={pdfText(data.meta.title)}
      subject={pdfText(data.meta.subject)}
      author={data.meta.author}
      creator="Conventions de délégation de gestion"
      producer="Conventions de délégation de gestion"
      language="fr"
    >
      <Page size="A4" style={styles.page} layout={chrome}>
        <Body data={data} />
      </Page>
    </Document>
  );
}

package org.gilankg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.gilankg.Vocabulary;

/** Server-rendered HTML: escaping, the page frame, and how values read (dates at their precision). */
public final class Html {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Html() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The local path that answers for an IRI of ours, or the IRI itself for anything else. */
    public static String href(String iri) {
        if (iri.startsWith(Vocabulary.GKR)) {
            return "/resource/" + iri.substring(Vocabulary.GKR.length());
        }
        if (iri.startsWith(Vocabulary.GK)) {
            return "/ontology#" + iri.substring(Vocabulary.GK.length());
        }
        if (iri.startsWith(Vocabulary.GKG)) {
            return "/graph/" + iri.substring(Vocabulary.GKG.length());
        }
        return iri;
    }

    /** A date as people write it, at the precision it has: "9 June 1920", "June 1920", "1920". */
    public static String date(Literal literal) {
        String lexical = literal.getLexicalForm();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(literal.getDatatypeURI())) {
                return LocalDate.parse(lexical).format(DAY);
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(literal.getDatatypeURI())) {
                return YearMonth.parse(lexical).format(MONTH);
            }
        } catch (RuntimeException e) {
            return lexical;
        }
        return lexical;
    }

    /** A literal as people read it: dates at their precision, anything else as written. */
    public static String text(Literal literal) {
        String type = literal.getDatatypeURI();
        return type != null && type.startsWith(XSDDatatype.XSD) && type.matches(".*#(date|gYearMonth|gYear)$") ? date(literal) : literal.getLexicalForm();
    }

    /** A value of a fact: a link to a thing (by its label), or a literal as text. */
    public static String value(RDFNode node, String label) {
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            return "<a href=\"" + escape(href(iri)) + "\">" + escape(label != null ? label : GraphReader.localName(iri)) + "</a>";
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String text = literal.getDatatypeURI() != null && literal.getDatatypeURI().startsWith(XSDDatatype.XSD)
                    && literal.getDatatypeURI().matches(".*#(date|gYearMonth|gYear)$") ? date(literal) : literal.getLexicalForm();
            return "<span class=\"literal\">" + escape(text) + "</span>";
        }
        return escape(node.toString());
    }

    /**
     * The paragraph around a passage, with the passage marked: "… before <mark>passage</mark> after …".
     * Offsets are code points, as in the graph.
     */
    public static String inContext(String article, int begin, int end) {
        if (article.isEmpty() || end > article.codePointCount(0, article.length())) {
            return "";
        }
        int b = article.offsetByCodePoints(0, begin);
        int e = article.offsetByCodePoints(0, end);
        int paragraphStart = article.lastIndexOf('\n', b - 1) + 1;
        int paragraphEnd = article.indexOf('\n', e);
        if (paragraphEnd < 0) {
            paragraphEnd = article.length();
        }
        int from = Math.max(paragraphStart, b - 240);
        int to = Math.min(paragraphEnd, e + 240);
        // Cut at word boundaries, not inside a word.
        while (from > paragraphStart && from < b && !Character.isWhitespace(article.charAt(from - 1))) {
            from++;
        }
        while (to < paragraphEnd && to > e && !Character.isWhitespace(article.charAt(to))) {
            to--;
        }
        return (from > paragraphStart ? "… " : "") + escape(article.substring(from, b)) + "<mark>" + escape(article.substring(b, e))
                + "</mark>" + escape(article.substring(e, to)) + (to < paragraphEnd ? " …" : "");
    }

    /** Writes a complete page with the site's frame ({@link Templates}). {@code body} is already HTML. */
    public static void page(HttpServletResponse response, int status, String title, String body, String head) throws IOException {
        Templates.frame(response, status, title, body, head);
    }
}

package org.gilankg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gilankg.Vocabulary;

/**
 * The ontology document, where every {@code gk:} term dereferences ({@code …/ontology#Person}):
 * RDF for data clients, a page listing the classes and properties for people. Rendered once.
 */
public final class OntologyServlet extends HttpServlet {

    private final Graph ontology;
    private final String page;

    public OntologyServlet(Graph ontology) {
        this.ontology = ontology;
        this.page = render(ModelFactory.createModelForGraph(ontology));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> format = ContentNegotiation.choose(request.getHeader("Accept"), ContentNegotiation.PAGE_OFFERS);
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable");
            return;
        }
        if (format.get().equals(ContentNegotiation.HTML)) {
            Html.page(response, 200, "Ontology", page, null);
        } else {
            ResourceServlet.writeRdf(response, ontology, format.get());
        }
    }

    private static String render(Model m) {
        StringBuilder out = new StringBuilder("<h1>The gilan-kg ontology</h1><p><code>").append(Vocabulary.GK)
                .append("</code> · <a href=\"/dumps/ontology.ttl\">ontology.ttl</a></p>");
        section(m, out, "Classes", OWL.Class);
        section(m, out, "Object properties", OWL.ObjectProperty);
        section(m, out, "Datatype properties", OWL.DatatypeProperty);
        return out.toString();
    }

    private static void section(Model m, StringBuilder out, String title, Resource kind) {
        out.append("<h2>").append(title).append("</h2><dl>");
        m.listResourcesWithProperty(RDF.type, kind).toList().stream()
                .filter(r -> r.getURI().startsWith(Vocabulary.GK))
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(term -> {
                    String local = term.getURI().substring(Vocabulary.GK.length());
                    out.append("<dt id=\"").append(Html.escape(local)).append("\"><code>gk:").append(Html.escape(local))
                            .append("</code> — ").append(Html.escape(string(term, RDFS.label))).append("</dt><dd>")
                            .append(Html.escape(string(term, RDFS.comment)));
                    links(term, RDFS.domain, "domain", out);
                    links(term, RDFS.range, "range", out);
                    links(term, RDFS.subClassOf, "subclass of", out);
                    links(term, RDFS.subPropertyOf, "subproperty of", out);
                    links(term, term.getModel().createProperty(Vocabulary.GK + "wikidataProperty"), "Wikidata", out);
                    links(term, term.getModel().createProperty(Vocabulary.GK + "wikidataClass"), "Wikidata", out);
                    out.append("</dd>");
                });
        out.append("</dl>");
    }

    private static void links(Resource term, org.apache.jena.rdf.model.Property p, String name, StringBuilder out) {
        for (Statement s : term.listProperties(p).toList()) {
            if (s.getObject().isURIResource()) {
                String iri = s.getObject().asResource().getURI();
                out.append(" <span class=\"source-where\">").append(name).append(": <a href=\"").append(Html.escape(Html.href(iri)))
                        .append("\">").append(Html.escape(GraphReader.localName(iri))).append("</a></span>");
            }
        }
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getString();
    }
}

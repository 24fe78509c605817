package org.gilankg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs of the data model: namespaces, named graphs and properties. What they mean, and how
 * graphs, provenance, dates and conflicting passages fit together, is explained in
 * {@code docs/data-model.md} in this repository; the formal definitions are in
 * {@code ontology/gilan-kg.ttl}.
 */
public final class Vocabulary {

    public static final String GK = "https://w3id.org/gilan-kg/ontology#";
    public static final String GKR = "https://w3id.org/gilan-kg/resource/";
    public static final String GKG = "https://w3id.org/gilan-kg/graph/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    /** The article as a NIF context; passages are {@code ARTICLE#char=b,e} after RFC 5147. */
    public static final String ARTICLE = GKR + "article";

    public static final Node GRAPH_ONTOLOGY = uri(GKG + "ontology");
    public static final Node GRAPH_LEXICON = uri(GKG + "lexicon");
    public static final Node GRAPH_PROVENANCE = uri(GKG + "provenance");
    public static final Node GRAPH_MENTIONS = uri(GKG + "mentions");
    public static final Node GRAPH_WIKIDATA = uri(GKG + "wikidata");
    public static final Node GRAPH_WIKIDATA_ENRICHMENT = uri(GKG + "wikidata-enrichment");

    // Core properties of the contract.
    public static final Node HOLDS_OFFICE = gk("holdsOffice");
    public static final Node OFFICE_OF = gk("officeOf");
    public static final Node MEMBER_OF = gk("memberOf");
    public static final Node LEADER = gk("leader");
    public static final Node FOUNDER = gk("founder");
    public static final Node PARTICIPANT = gk("participant");
    public static final Node SIGNATORY = gk("signatory");
    public static final Node LOCATION = gk("location");
    public static final Node PART_OF = gk("partOf");
    public static final Node DATE = gk("date");
    public static final Node START_DATE = gk("startDate");
    public static final Node END_DATE = gk("endDate");
    public static final Node RESULTED_IN = gk("resultedIn");
    public static final Node DEATH_PLACE = gk("deathPlace");
    public static final Node AUTHOR = gk("author");

    // Added to the contract: lineage of organisations and bibliographic detail.
    public static final Node EVOLVED_FROM = gk("evolvedFrom");
    public static final Node EDITOR = gk("editor");
    public static final Node PUBLISHER = gk("publisher");
    public static final Node PUBLICATION_PLACE = gk("publicationPlace");
    public static final Node EXTRACTED_BY = gk("extractedBy");
    /** Where a movement was headed, whether or not it got there (issue 8: not its location). */
    public static final Node DESTINATION = gk("destination");
    /** A person's political allegiance or ideology, a skos:Concept ("had become a communist": communism). */
    public static final Node IDEOLOGY = gk("ideology");

    private Vocabulary() {}

    public static Node gk(String localName) {
        return uri(GK + localName);
    }

    public static Node resource(String id) {
        return uri(GKR + id);
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The gk: property for a bibliographic identifier scheme, e.g. ISBN gives gk:isbn. */
    public static Node identifierProperty(String scheme) {
        return switch (scheme) {
            case "ISBN" -> gk("isbn");
            case "LCCN" -> gk("lccn");
            case "OCLC" -> gk("oclc");
            case "ASIN" -> gk("asin");
            case "OL" -> gk("openLibraryId");
            default -> throw new IllegalArgumentException("unknown identifier scheme " + scheme);
        };
    }
}

package org.gilankg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gilankg.GilanKgException;
import org.gilankg.Vocabulary;

/**
 * Writes the downloadable dumps with Jena's writers: the default (union) graph as Turtle, every
 * graph as TriG and gzipped N-Quads, the ontology, a VoID/DCAT description and SHA256SUMS.
 * The same dataset gives the same bytes: no timestamps, no blank nodes, a fixed prefix map.
 */
public final class DumpWriter {

    public static final List<String> FILES = List.of("gilan-kg.ttl", "gilan-kg.trig", "gilan-kg.nq.gz",
            "ontology.ttl", "void.ttl");

    private static final String HEADER = """
            # gilan-kg: a knowledge graph derived statement by statement from the article
            # "%s" (%s),
            # whose text is available under %s (%s); this dump is shared under the same licence.
            """;

    private DumpWriter() {}

    /** The program's one prefix map, as RIOT's writers take it. */
    public static PrefixMap prefixes() {
        return PrefixMapFactory.create(org.gilankg.Prefixes.MAP);
    }

    public static void write(DatasetGraph data, Graph voidDescription, Path dir) {
        try {
            Files.createDirectories(dir);
            // The source as the build recorded it in the provenance graph: no class names the article.
            org.gilankg.dataset.ArticleSource source = org.gilankg.dataset.ArticleSource.of(data);
            String header = source == null ? "" : HEADER.formatted(source.title(), source.url(),
                    source.licenceName(), source.licence());
            Graph union = GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(prefixes().getMappingCopy());
            data.getUnionGraph().find().forEachRemaining(union::add);
            writeText(dir.resolve("gilan-kg.ttl"), header, out -> RDFWriter.source(union).format(RDFFormat.TURTLE_PRETTY).output(out));

            DatasetGraph withPrefixes = data;
            withPrefixes.prefixes().putAll(prefixes());
            writeText(dir.resolve("gilan-kg.trig"), header, out -> RDFWriter.source(withPrefixes).format(RDFFormat.TRIG_PRETTY).output(out));

            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("gilan-kg.nq.gz")))) {
                RDFWriter.source(data).format(RDFFormat.NQUADS).output(out);
            }

            Graph ontology = GraphFactory.createDefaultGraph();
            ontology.getPrefixMapping().setNsPrefixes(prefixes().getMappingCopy());
            data.getGraph(Vocabulary.GRAPH_ONTOLOGY).find().forEachRemaining(ontology::add);
            writeText(dir.resolve("ontology.ttl"), header, out -> RDFWriter.source(ontology).format(RDFFormat.TURTLE_PRETTY).output(out));

            voidDescription.getPrefixMapping().setNsPrefixes(prefixes().getMappingCopy());
            writeText(dir.resolve("void.ttl"), header, out -> RDFWriter.source(voidDescription).format(RDFFormat.TURTLE_PRETTY).output(out));

            StringBuilder sums = new StringBuilder();
            for (String name : FILES) {
                sums.append(sha256(dir.resolve(name))).append("  ").append(name).append('\n');
            }
            Files.writeString(dir.resolve("SHA256SUMS"), sums.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GilanKgException(dir + ": cannot write dumps: " + e.getMessage(), e);
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void writeText(Path file, String header, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            body.write(out);
        }
    }

    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

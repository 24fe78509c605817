package org.gilankg.analysis;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article's analysis on disk: CoreNLP's protobuf serialisation of each analysed passage,
 * gzipped, in one file after a header with two keys: the configuration key (configuration, name
 * list, CoreNLP version) and the article key (the same plus the article's text).
 *
 * <p>Same article key: the whole analysis is read and no model is loaded. Same configuration key
 * only (the article changed): the passages whose text is unchanged are reused. A file that is
 * corrupt, truncated, of another format or of another configuration is reported in one line and
 * ignored; the analysis is then made afresh and the file rewritten.
 */
final class AnalysisCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);
    private static final String MAGIC = "gilan-kg analysis 1";

    /** What a cache file gave: the analyses it holds and whether they are the whole article's. */
    record Contents(List<Annotation> documents, boolean complete) {
        static final Contents NONE = new Contents(List.of(), false);
    }

    private final Path file;

    AnalysisCache(Path file) {
        this.file = file;
    }

    Contents read(String configKey, String articleKey) {
        if (!Files.isRegularFile(file)) {
            return Contents.NONE;
        }
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
            if (!MAGIC.equals(in.readUTF())) {
                LOG.warn(file + ": not an analysis cache; analysing afresh");
                return Contents.NONE;
            }
            String storedConfig = in.readUTF();
            String storedArticle = in.readUTF();
            if (!storedConfig.equals(configKey)) {
                LOG.warn(file + ": stale analysis cache (another configuration, name list or CoreNLP version); analysing afresh");
                return Contents.NONE;
            }
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) {
                throw new IOException("bad passage count " + count);
            }
            List<Annotation> documents = new ArrayList<>(Math.min(count, 100_000));
            for (int i = 0; i < count; i++) {
                CoreNLPProtos.Document proto = CoreNLPProtos.Document.parseDelimitedFrom(in);
                if (proto == null) {
                    throw new IOException("truncated after " + i + " of " + count + " passages");
                }
                documents.add(serializer.fromProto(proto));
            }
            return new Contents(documents, storedArticle.equals(articleKey));
        } catch (IOException | RuntimeException e) {
            LOG.warn(file + ": unreadable analysis cache (" + e.getMessage() + "); analysing afresh");
            return Contents.NONE;
        }
    }

    void write(String configKey, String articleKey, List<Annotation> documents) {
        ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve(file.getFileName() + ".tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16)))) {
                out.writeUTF(MAGIC);
                out.writeUTF(configKey);
                out.writeUTF(articleKey);
                out.writeInt(documents.size());
                for (Annotation d : documents) {
                    serializer.toProto(d).writeDelimitedTo(out);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn(file + ": could not write the analysis cache (" + e.getMessage() + ")");
        }
    }
}

package org.gilankg.analysis;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.gilankg.text.Article;
import org.gilankg.text.Passage;
import org.gilankg.text.PassageKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis stage: every sentence of the article read by Stanford CoreNLP (tokenize, ssplit,
 * pos, lemma, ner, depparse with enhanced++ dependencies), one passage as one sentence.
 *
 * <p>The setup is lean: the 3-class NER model without CoreNLP's large gazettes or fine-grained
 * classes, SUTime for absolute dates, hyphenated words kept whole. The CoreNLP pipeline is made
 * once per JVM and only when some passage is not already analysed; analyses are remembered per
 * passage text, so an altered article re-analyses only the passages that changed. The
 * {@link AnalysisCache} keeps them on disk between runs.
 */
public final class Analyser {

    private static final Logger LOG = LoggerFactory.getLogger(Analyser.class);

    /** The CoreNLP release the analysis comes from; part of the cache key. */
    public static final String CORENLP_VERSION = "4.5.10";

    private static final Properties PROPERTIES = properties();
    /** The configuration as text, in a stable order: part of the cache key. */
    public static final String CONFIGURATION = configuration(PROPERTIES);

    private static volatile StanfordCoreNLP pipeline;
    /** Analyses made or read in this JVM, by passage text. */
    private static final Map<String, Annotation> MEMO = new ConcurrentHashMap<>();

    private final String nameList;

    /** @param nameList the text of the curated name list, which the cache key covers */
    public Analyser(String nameList) {
        this.nameList = nameList;
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("sutime.binders", "0");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        p.setProperty("threads", "1");
        return p;
    }

    private static String configuration(Properties p) {
        StringBuilder out = new StringBuilder();
        p.stringPropertyNames().stream().sorted().forEach(k -> out.append(k).append('=').append(p.getProperty(k)).append('\n'));
        return out.toString();
    }

    /** The key of everything an analysis depends on besides the passages' texts. */
    public String configurationKey() {
        return sha256(CONFIGURATION + "\u0000" + nameList + "\u0000" + CORENLP_VERSION);
    }

    /** The key of an article's whole analysis: its text, the configuration, the name list and the CoreNLP version. */
    public String key(Article article) {
        return sha256(article.text() + "\u0000" + CONFIGURATION + "\u0000" + nameList + "\u0000" + CORENLP_VERSION);
    }

    /** Analyses the article's sentences, reading and writing the cache file {@code cacheFile} (null: no cache). */
    public AnalysedArticle analyse(Article article, Path cacheFile) {
        AnalysisCache cache = cacheFile == null ? null : new AnalysisCache(cacheFile);
        String configKey = configurationKey();
        String key = key(article);
        boolean complete = false;
        if (cache != null) {
            AnalysisCache.Contents contents = cache.read(configKey, key);
            contents.documents().forEach(d -> MEMO.putIfAbsent(d.get(CoreAnnotations.TextAnnotation.class), d));
            complete = contents.complete();
        }
        Map<Passage, AnalysedPassage> result = new LinkedHashMap<>();
        List<Passage> missing = new ArrayList<>();
        for (Passage p : article.passages(PassageKind.SENTENCE)) {
            if (!MEMO.containsKey(p.text())) {
                missing.add(p);
            }
        }
        if (!missing.isEmpty()) {
            StanfordCoreNLP nlp = pipeline();
            for (Passage p : missing) {
                MEMO.computeIfAbsent(p.text(), text -> annotate(nlp, text));
            }
        }
        List<Annotation> documents = new ArrayList<>();
        for (Passage p : article.passages(PassageKind.SENTENCE)) {
            Annotation document = MEMO.get(p.text());
            result.put(p, new AnalysedPassage(p, document.get(CoreAnnotations.SentencesAnnotation.class).get(0)));
            documents.add(document);
        }
        if (!missing.isEmpty() || (cache != null && !complete)) {
            LOG.info("analysis: " + missing.size() + " passages analysed afresh");
            if (cache != null) {
                cache.write(configKey, key, documents);
            }
        }
        return new AnalysedArticle(article, result, missing.size());
    }

    private static Annotation annotate(StanfordCoreNLP nlp, String text) {
        Annotation document = new Annotation(text);
        nlp.annotate(document);
        if (document.get(CoreAnnotations.SentencesAnnotation.class).size() != 1) {
            throw new IllegalStateException("a passage was not read as one sentence: " + text);
        }
        return document;
    }

    /** The CoreNLP pipeline, loaded on first use, once per JVM. */
    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (Analyser.class) {
                p = pipeline;
                if (p == null) {
                    long start = System.nanoTime();
                    p = new StanfordCoreNLP(PROPERTIES);
                    pipeline = p;
                    LOG.info(String.format("analysis: CoreNLP %s loaded (%d ms)", CORENLP_VERSION, (System.nanoTime() - start) / 1_000_000));
                }
            }
        }
        return p;
    }

    /** Whether the CoreNLP models have been loaded in this JVM (for tests and the benchmark). */
    public static boolean modelsLoaded() {
        return pipeline != null;
    }

    /** Forgets the analyses remembered in this JVM (the benchmark measures fresh analyses). */
    public static void forget() {
        MEMO.clear();
    }

    /**
     * Analyses every sentence afresh, even one whose text was analysed before (the benchmark's
     * measure of the analysis's cost; a build never needs it). Remembers nothing.
     */
    public static int analyseEverySentence(Article article) {
        StanfordCoreNLP nlp = pipeline();
        int n = 0;
        for (Passage p : article.passages(PassageKind.SENTENCE)) {
            annotate(nlp, p.text());
            n++;
        }
        return n;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.gilankg.server;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL's REGEX and REPLACE (and XPath's fn:matches and fn:replace) evaluated with RE2/J, whose
 * matching time is linear in the input. Java's own engine backtracks: one pattern such as
 * {@code (.*a){12}x} can run for minutes inside a single call, where no query timeout reaches it.
 * RE2/J has no backreferences or lookaround; a pattern using them is an evaluation error (the
 * row does not match), as for any invalid pattern.
 */
public final class LinearRegex {

    public static final String REGEX = "urn:gilan-kg:function:regex";
    public static final String REPLACE = "urn:gilan-kg:function:replace";
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 1000;

    static {
        FunctionRegistry registry = FunctionRegistry.get();
        registry.put(REGEX, Regex.class);
        registry.put(REPLACE, Replace.class);
        registry.put(FN + "matches", Regex.class);
        registry.put(FN + "replace", Replace.class);
    }

    private LinearRegex() {}

    /** Registers the functions (done once, on first use of this class). */
    public static void install() {
        // the static initialiser does the work
    }

    /** The query with every REGEX and REPLACE call evaluated by RE2/J; other queries come back unchanged. */
    public static Query rewrite(Query query) {
        if (query.getQueryPattern() == null) {
            return query;
        }
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        });
    }

    static Pattern compile(String regex, String flags) {
        String key = flags + '\u0000' + regex;
        Pattern cached = PATTERNS.get(key);
        if (cached != null) {
            return cached;
        }
        int f = 0;
        String source = withBlockRanges(regex);
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE;
                case 's' -> f |= Pattern.DOTALL;
                case 'm' -> f |= Pattern.MULTILINE;
                case 'q' -> source = Pattern.quote(regex);
                case 'x' -> source = source.replaceAll("\\s+", "");
                default -> throw new ExprEvalException("REGEX: unknown flag '" + c + "'");
            }
        }
        try {
            Pattern pattern = Pattern.compile(source, f);
            if (PATTERNS.size() > MAX_CACHED) {
                PATTERNS.clear();
            }
            PATTERNS.put(key, pattern);
            return pattern;
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("REGEX: " + e.getMessage());
        }
    }

    /**
     * XML Schema's block escapes, {@code \p{IsArabic}} (the standard way to ask for a script's
     * letters in SPARQL, and valid for Jena's parser), which RE2/J lacks, as the block's code-point
     * range. Outside a character class {@code \P{IsX}} becomes the negated range; inside one it is
     * left as written (and the pattern refused). A name that is no block is, for Java, a script
     * ({@code \p{IsLatin}}), which RE2/J writes without "Is".
     */
    static String withBlockRanges(String regex) {
        if (!regex.contains("{Is")) {
            return regex;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                int close = regex.indexOf('}', i);
                if ((next == 'p' || next == 'P') && regex.startsWith("{Is", i + 2) && close > 0) {
                    String name = regex.substring(i + 5, close);
                    int[] range = blockRange(name);
                    boolean negated = next == 'P';
                    if (range == null) {
                        // Not a block: Java reads \p{IsLatin} as the script, which RE2/J calls \p{Latin}.
                        out.append('\\').append(next).append('{').append(name).append('}');
                        i = close;
                        continue;
                    }
                    if (!(negated && depth > 0)) {
                        String span = String.format("\\x{%X}-\\x{%X}", range[0], range[1]);
                        out.append(depth > 0 ? span : (negated ? "[^" : "[") + span + "]");
                        i = close;
                        continue;
                    }
                }
                out.append(c).append(next);
                i++;
            } else {
                depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final Map<String, int[]> BLOCKS = new ConcurrentHashMap<>();

    /** The first and last code point of the Unicode block of that name, or null for no such block. */
    private static int[] blockRange(String name) {
        Character.UnicodeBlock block;
        try {
            block = Character.UnicodeBlock.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return BLOCKS.computeIfAbsent(block.toString(), k -> {
            int first = -1;
            int last = -1;
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                if (Character.UnicodeBlock.of(cp) == block) {
                    if (first < 0) {
                        first = cp;
                    }
                    last = cp;
                } else if (first >= 0) {
                    break; // a block is one contiguous range
                }
            }
            return new int[] {first, last};
        });
    }

    /**
     * The first REGEX or REPLACE pattern, given as a constant, that this engine cannot run
     * (backreferences, lookaround), said for a 400 answer: otherwise every row would silently fail
     * to match.
     */
    public static java.util.Optional<String> unsupportedPattern(Query query) {
        if (query.getQueryPattern() == null) {
            return java.util.Optional.empty();
        }
        String[] found = {null};
        QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                int flagsAt = func instanceof E_Regex ? 2 : func instanceof E_StrReplace ? 3 : -1;
                if (found[0] == null && flagsAt > 0 && args.get(1).isConstant()
                        && (args.size() <= flagsAt || args.get(flagsAt).isConstant())) {
                    NodeValue pattern = args.get(1).getConstant();
                    NodeValue flags = args.size() > flagsAt ? args.get(flagsAt).getConstant() : NodeValue.makeString("");
                    if (pattern.isString() && flags.isString()) {
                        try {
                            compile(pattern.getString(), flags.getString());
                        } catch (ExprEvalException e) {
                            found[0] = e.getMessage() + " (this endpoint's regular expressions run in linear time: "
                                    + "no backreferences or lookaround)";
                        }
                    }
                }
                return super.transform(func, args);
            }
        });
        return java.util.Optional.ofNullable(found[0]);
    }

    private static String lexical(NodeValue value, String function) {
        Node node = value.asNode();
        if (!node.isLiteral()) {
            throw new ExprEvalException(function + ": not a string: " + value);
        }
        return node.getLiteralLexicalForm();
    }

    private static String plain(NodeValue value, String function) {
        if (!value.isString()) {
            throw new ExprEvalException(function + ": not a simple string: " + value);
        }
        return value.getString();
    }

    /** {@code regex(text, pattern [, flags])}. */
    public static final class Regex extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            String text = lexical(args.get(0), "REGEX");
            Pattern pattern = compile(plain(args.get(1), "REGEX"), args.size() == 3 ? plain(args.get(2), "REGEX") : "");
            return NodeValue.booleanReturn(pattern.matcher(text).find());
        }
    }

    /** {@code replace(text, pattern, replacement [, flags])}; the result keeps the text's language tag. */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new org.apache.jena.query.QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            NodeValue input = args.get(0);
            String text = lexical(input, "REPLACE");
            Pattern pattern = compile(plain(args.get(1), "REPLACE"), args.size() == 4 ? plain(args.get(3), "REPLACE") : "");
            Matcher matcher = pattern.matcher(text);
            String result;
            try {
                result = matcher.replaceAll(plain(args.get(2), "REPLACE"));
            } catch (RuntimeException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            String lang = input.asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(result) : NodeValue.makeLangString(result, lang);
        }
    }
}

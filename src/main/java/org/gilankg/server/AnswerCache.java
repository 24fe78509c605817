package org.gilankg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every answer of the SPARQL endpoint and the pages is produced in memory first and sent only when
 * complete: a query that times out or fails while its results are being written gets an error
 * status, never a 200 with a truncated body. An answer larger than the limit is refused with 422
 * (add LIMIT, or download the dumps), so no client can make the server hold or send more.
 *
 * <p>The store is read-only between builds, so complete 200 answers are cached whole, keyed by the
 * request (path, parameters or query body, Accept) and the store version; a switch to a new store
 * makes every old entry unreachable and clears them. Answers carry an ETag (from the version and the
 * bytes) and {@code Cache-Control}; {@code If-None-Match} with a current ETag gets 304.
 */
public final class AnswerCache implements Filter {

    /** Answers may be kept a minute; after that, revalidated with their ETag (the store changes only at builds). */
    public static final String CACHE_CONTROL = "public, max-age=60";

    private final Supplier<String> version;
    private final int maxResponseBytes;
    private final long maxCacheBytes;
    private final int maxEntryBytes;
    private final boolean enabled;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long cachedBytes;
    private String cachedVersion;

    record Entry(int status, String contentType, byte[] body, String etag, String cacheControl) {}

    /**
     * @param version the store version (changes when a build is published)
     * @param maxResponseBytes the largest answer produced; larger ones get 422
     * @param maxCacheBytes memory for cached answers; 0 turns the cache off (answers are still buffered)
     */
    public AnswerCache(Supplier<String> version, int maxResponseBytes, long maxCacheBytes) {
        this.version = version;
        this.maxResponseBytes = maxResponseBytes;
        this.maxCacheBytes = maxCacheBytes;
        this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE, Math.max(0, maxCacheBytes / 16));
        this.enabled = maxCacheBytes > 0;
    }

    /** Drops every cached answer (called when the store switches). */
    public synchronized void clear() {
        entries.clear();
        cachedBytes = 0;
    }

    public synchronized int size() {
        return entries.size();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        String path = request.getRequestURI();
        if (!("GET".equals(method) || "POST".equals(method)) || path.startsWith("/$/") || path.startsWith("/dumps")
                || path.startsWith("/assets/")) {
            chain.doFilter(req, res);
            return;
        }
        String currentVersion = version.get();
        HttpServletRequest forward = request;
        String key = null;
        String type = request.getContentType();
        if ("GET".equals(method)) {
            key = keyOf(request, path, "");
        } else if (type != null && type.toLowerCase().startsWith("application/sparql-query")) {
            byte[] body = request.getInputStream().readAllBytes(); // already in memory: loaded before dispatch
            forward = new BufferedBody(request, body);
            key = keyOf(request, path, new String(body, StandardCharsets.UTF_8));
        } else if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            key = keyOf(request, path, "");
        }
        if (key != null) {
            key = currentVersion + '\u0000' + key;
        }
        Entry hit = enabled && key != null ? lookup(key, currentVersion) : null;
        if (hit != null) {
            send(request, response, hit);
            return;
        }

        Buffered buffered = new Buffered(response, maxResponseBytes);
        chain.doFilter(forward, buffered);
        if (buffered.overflow) {
            response.reset();
            plain(response, 422, "Result too large: over " + (maxResponseBytes / (1024 * 1024))
                    + " MiB. Add LIMIT, or download the whole graph from /dumps/.");
            return;
        }
        byte[] body = buffered.bytes();
        int status = buffered.status;
        if (status == 200 && key != null) {
            String cacheControl = CACHE_CONTROL;
            Entry entry = new Entry(200, response.getContentType(), body, etag(currentVersion, body), cacheControl);
            if (enabled && body.length <= maxEntryBytes) {
                store(key, entry, currentVersion);
            }
            send(request, response, entry);
            return;
        }
        if (buffered.errorMessage != null && body.length == 0) {
            response.reset();
            plain(response, status, buffered.errorMessage);
            return;
        }
        response.setStatus(status);
        if (!"HEAD".equals(method)) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static String keyOf(HttpServletRequest request, String path, String body) {
        Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
        // Scheme and host too: some answers (the reconciliation manifest) link back to the address asked.
        StringBuilder key = new StringBuilder(request.getScheme()).append("://").append(request.getServerName())
                .append(':').append(request.getServerPort()).append(path).append('\u0000');
        sorted.forEach((name, values) -> {
            for (String v : values) {
                key.append(name).append('=').append(v).append('\u0001');
            }
        });
        key.append('\u0000').append(body).append('\u0000').append(request.getHeader("Accept"));
        return key.toString();
    }

    private synchronized Entry lookup(String key, String currentVersion) {
        if (!currentVersion.equals(cachedVersion)) {
            return null;
        }
        return entries.get(key);
    }

    private synchronized void store(String key, Entry entry, String currentVersion) {
        if (!currentVersion.equals(cachedVersion)) {
            entries.clear();
            cachedBytes = 0;
            cachedVersion = currentVersion;
        }
        Entry old = entries.put(key, entry);
        cachedBytes += entry.body().length + key.length() * 2L + (old == null ? 0 : -old.body().length - key.length() * 2L);
        var it = entries.entrySet().iterator();
        while (cachedBytes > maxCacheBytes && it.hasNext()) {
            var e = it.next();
            cachedBytes -= e.getValue().body().length + e.getKey().length() * 2L;
            it.remove();
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Entry entry) throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", entry.cacheControl());
        response.setHeader("Vary", "Accept"); // the format is chosen by Accept: shared caches must key on it too
        if (matches(request.getHeader("If-None-Match"), entry.etag())) {
            response.setStatus(304);
            return;
        }
        response.setStatus(entry.status());
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static String etag(String version, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(version.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A response held in memory until the handler has finished. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final Limited out;
        private final ServletOutputStream stream;
        private PrintWriter writer;
        int status = 200;
        String errorMessage;
        boolean overflow;

        Buffered(HttpServletResponse response, int max) {
            super(response);
            this.out = new Limited(max);
            this.stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) throws IOException {
                    check(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    check(len);
                    out.write(b, off, len);
                }
            };
        }

        private void check(int more) throws IOException {
            if (out.size() + (long) more > out.max) {
                overflow = true;
                throw new IOException("response larger than " + out.max + " bytes");
            }
        }

        byte[] bytes() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            return out.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String enc = getCharacterEncoding();
                Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
                writer = new PrintWriter(new OutputStreamWriter(stream, cs));
            }
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) {
                out.reset();
            }
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            out.reset();
            status = sc;
            errorMessage = msg == null ? "Error " + sc : msg;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        @Override
        public void sendRedirect(String location) {
            status = 302;
            setHeader("Location", location);
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentLength(int len) {
            // set from the buffered bytes when sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // set from the buffered bytes when sent
        }

        @Override
        public void flushBuffer() {
            // held until complete
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            out.reset();
            super.reset();
            status = 200;
        }

        @Override
        public void resetBuffer() {
            out.reset();
        }
    }

    private static final class Limited extends ByteArrayOutputStream {
        final int max;

        Limited(int max) {
            super(8192);
            this.max = max;
        }
    }

    /** A request whose body has already been read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}

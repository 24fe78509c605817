package org.gilankg.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler every request meets, in Jetty's own (non-blocking) API, before any servlet:
 * <ul>
 * <li>TRACE is refused (405), and {@code /$/metrics} answers only GET and HEAD;</li>
 * <li>a query string that is not valid percent-encoded UTF-8, or a Content-Type naming an unknown
 * charset, is refused with 400 instead of failing later with 500;</li>
 * <li>a request body must arrive at a minimum rate once a grace period has passed, else 408: with
 * {@link org.eclipse.jetty.server.handler.EagerContentHandler} behind this handler, bodies are read
 * without a thread, and a client that drips bytes is cut off rather than held forever;</li>
 * <li>CORS: {@code Access-Control-Allow-Origin: *} without credentials (a public read-only service);</li>
 * <li>{@code /sparql} is the SPARQL endpoint too (the VoID description names it), and GET on the
 * endpoint without a query describes the service instead of 404.</li>
 * </ul>
 */
public final class RequestGuard extends Handler.Wrapper {

    private final long minBytesPerSecond;
    private final long graceMillis;

    public RequestGuard(Handler next, long minBytesPerSecond, long graceMillis) {
        super(next);
        this.minBytesPerSecond = minBytesPerSecond;
        this.graceMillis = graceMillis;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        if (path == null) {
            path = "";
        }
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST, OPTIONS");
            Response.writeError(request, response, callback, 405, "Method not allowed");
            return true;
        }
        if (path.startsWith("/$/metrics") && !"GET".equals(method) && !"HEAD".equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, 405, "Method not allowed: /$/metrics answers GET");
            return true;
        }
        String problem = checkQueryString(request.getHttpURI().getQuery());
        if (problem == null) {
            problem = checkCharset(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        }
        if (problem != null) {
            Response.writeError(request, response, callback, 400, problem);
            return true;
        }

        if (request.getHeaders().get(HttpHeader.ORIGIN) != null) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            if ("OPTIONS".equals(method) && request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null) {
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, POST, OPTIONS");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type, If-None-Match");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
                response.setStatus(204);
                callback.succeeded();
                return true;
            }
        }

        Request next = request;
        if ("/sparql".equals(path)) {
            next = Request.serveAs(next, HttpURI.build(request.getHttpURI()).path(GilanServer.DATASET + "/sparql").asImmutable());
            path = GilanServer.DATASET + "/sparql";
        }
        if (path.equals(GilanServer.DATASET + "/sparql") && ("GET".equals(method) || "HEAD".equals(method))
                && !hasParameter(request.getHttpURI().getQuery(), "query")) {
            ServiceDescription.write(request, response, callback);
            return true;
        }
        if (hasBody(request)) {
            next = new MinimumRate(next, response, callback);
        }
        return super.handle(next, response, callback);
    }

    private static boolean hasBody(Request request) {
        long length = request.getLength();
        return length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    static boolean hasParameter(String query, String name) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(name) || pair.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /** Null if the query string is valid percent-encoded UTF-8, else what is wrong with it. */
    static String checkQueryString(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0 || Character.digit(query.charAt(i + 2), 16) < 0) {
                    return "Malformed query string: '%' must be followed by two hexadecimal digits";
                }
                bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x7f) {
                return "Malformed query string: characters outside ASCII must be percent-encoded";
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return null;
        } catch (CharacterCodingException e) {
            return "Malformed query string: the percent-encoded bytes are not UTF-8";
        }
    }

    static String checkCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        String charset = MimeTypes.getCharsetFromContentType(contentType);
        if (charset == null || charset.isEmpty()) {
            return null;
        }
        try {
            if (Charset.isSupported(charset.toLowerCase(Locale.ROOT))) {
                return null;
            }
        } catch (IllegalCharsetNameException e) {
            // fall through
        }
        return "Unsupported charset in Content-Type: " + charset.replaceAll("[^A-Za-z0-9._-]", "?");
    }

    /**
     * A request whose body must keep arriving at a minimum rate after the grace period. Reads happen
     * in the eager content loader, before any servlet runs; a slow or stalled body ends with 408
     * and the connection is closed, costing no worker thread while it lasts.
     */
    private final class MinimumRate extends Request.Wrapper {
        private final Response response;
        private final Callback callback;
        private final long start = System.nanoTime();
        private long bytes;
        private volatile boolean failed;

        MinimumRate(Request request, Response response, Callback callback) {
            super(request);
            this.response = response;
            this.callback = callback;
        }

        @Override
        public Content.Chunk read() {
            if (failed) {
                return null;
            }
            Content.Chunk chunk = super.read();
            if (chunk == null) {
                return null;
            }
            if (Content.Chunk.isFailure(chunk)) {
                if (chunk.getFailure() instanceof java.util.concurrent.TimeoutException) {
                    fail(408, "Request body not received in time");
                    return null;
                }
                return chunk; // another limit (size) answers for itself
            }
            bytes += chunk.remaining();
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (!chunk.isLast() && elapsed > graceMillis && bytes * 1000 / elapsed < minBytesPerSecond) {
                chunk.release();
                fail(408, "Request body too slow: at least " + minBytesPerSecond + " bytes per second");
                return null;
            }
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            if (!failed) {
                super.demand(demandCallback);
            }
        }

        private void fail(int status, String message) {
            failed = true;
            response.getHeaders().put(new HttpField(HttpHeader.CONNECTION, "close"));
            Response.writeError(getWrapped(), response, callback, status, message);
        }
    }
}

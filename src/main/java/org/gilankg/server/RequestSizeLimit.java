package org.gilankg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses request bodies over a limit with 413, so an oversized query cannot exhaust memory.
 * Every POST body is read here, up to the limit, and handed on from memory: a handler that refuses
 * a request without reading its body (an update sent to the query endpoint) then cannot leave the
 * connection in a state the client does not expect. (Oversized query strings are refused by Jetty.)
 */
public final class RequestSizeLimit implements Filter {

    private final int maxBytes;

    public RequestSizeLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("application/x-www-form-urlencoded")) {
            // Jetty's form parsing reads the whole body, within its own form size limit.
            request.getParameterMap();
            chain.doFilter(req, res);
            return;
        }
        if ("POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge(response);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), res);
            return;
        }
        chain.doFilter(req, res);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        // The rest of the body is not read, so the connection cannot be reused.
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body too large: at most " + maxBytes + " bytes");
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
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}

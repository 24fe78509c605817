package org.gilankg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.sparql.core.Quad;

/**
 * In this store every statement is in a named graph and the default graph is their union. A
 * Graph Store Protocol read of the default graph ({@code /gilan/get?default}, or no parameter)
 * is therefore answered with the union graph, by naming Jena's union graph for Fuseki's handler.
 */
public final class UnionDefaultGraphForGsp implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean gspRead = request.getRequestURI().endsWith(GilanServer.DATASET + "/get")
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
        if (gspRead && request.getParameter("graph") == null) {
            chain.doFilter(new UnionGraphRequest(request), res);
            return;
        }
        chain.doFilter(req, res);
    }

    private static final class UnionGraphRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters = new HashMap<>();

        UnionGraphRequest(HttpServletRequest request) {
            super(request);
            request.getParameterMap().forEach((k, v) -> {
                if (!k.equals("default")) {
                    parameters.put(k, v);
                }
            });
            parameters.put("graph", new String[] {Quad.unionGraph.getURI()});
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getQueryString() {
            return "graph=" + java.net.URLEncoder.encode(Quad.unionGraph.getURI(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

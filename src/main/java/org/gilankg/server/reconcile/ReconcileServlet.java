package org.gilankg.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gilankg.Vocabulary;
import org.gilankg.server.Html;

/**
 * {@code /reconcile}: a reconciliation service (the W3C Entity Reconciliation API, version 0.2, as
 * OpenRefine speaks it) over the graph's things. GET answers the service manifest (JSONP with
 * {@code callback}); {@code queries} (form or query parameter) reconciles a batch of names, with
 * type and property constraints; {@code /suggest/entity|type|property} complete what a user types;
 * {@code /preview?id=} shows a thing; {@code extend} (and {@code /extend/propose}) give property
 * values for data extension. Results carry our IRIs and the owl:sameAs Wikidata items. Bad input is
 * a 400 with a reason.
 */
public final class ReconcileServlet extends HttpServlet {

    /** More queries than this in one request are refused (OpenRefine sends 10 at a time). */
    public static final int MAX_QUERIES = 500;
    /** And more ids than this in one extension request. */
    public static final int MAX_IDS = 1000;
    private static final int MAX_LIMIT = 50;
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,63}");

    private final Supplier<ReconcileIndex> index;
    private final String template;
    private volatile ReconcileIndex loaded;

    public ReconcileServlet(DatasetGraph store) {
        this.index = () -> ReconcileIndex.load(store);
        this.template = resource("preview.html");
    }

    /** Read once, on the first request, so the server starts as fast as before. */
    private ReconcileIndex index() {
        ReconcileIndex i = loaded;
        if (i == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = index.get();
                }
                i = loaded;
            }
        }
        return i;
    }

    /** A request the service refuses, with the reason. */
    static final class BadRequest extends RuntimeException {
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response);
    }

    private void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String callback = null;
        try {
            callback = parameter(request, "callback");
            if (callback != null && !CALLBACK.matcher(callback).matches()) {
                callback = null;
                throw new BadRequest(400, "callback must be a JavaScript name");
            }
            JsonValue answer;
            switch (path) {
                case "", "/" -> {
                    String queries = parameter(request, "queries");
                    String extend = parameter(request, "extend");
                    if (queries != null) {
                        answer = queries(parse(queries, "queries"));
                    } else if (extend != null) {
                        answer = extend(parse(extend, "extend"));
                    } else {
                        answer = manifest(base(request));
                    }
                }
                case "/suggest/entity" -> answer = suggestEntities(required(request, "prefix"));
                case "/suggest/type" -> answer = suggestTypes(required(request, "prefix"));
                case "/suggest/property" -> answer = suggestProperties(required(request, "prefix"));
                case "/extend/propose" -> answer = propose(parameter(request, "type"));
                case "/preview" -> {
                    preview(required(request, "id"), response);
                    return;
                }
                default -> throw new BadRequest(404, "no such reconciliation resource: " + path);
            }
            send(response, 200, answer, callback);
        } catch (BadRequest e) {
            JsonObject error = new JsonObject();
            error.put("status", "error");
            error.put("message", e.getMessage());
            send(response, e.status, error, callback);
        }
    }

    /** A parameter, as OpenRefine sends it (form body or query string); a form too large is a 400. */
    private static String parameter(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            throw new BadRequest(400, "cannot read the request's parameters: " + firstLine(e.getMessage()));
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String v = parameter(request, name);
        if (v == null) {
            throw new BadRequest(400, "missing parameter '" + name + "'");
        }
        return v;
    }

    private static JsonObject parse(String text, String name) {
        JsonValue v;
        try {
            v = JSON.parseAny(text);
        } catch (RuntimeException e) {
            throw new BadRequest(400, "'" + name + "' is not JSON: " + firstLine(e.getMessage()));
        }
        if (!v.isObject()) {
            throw new BadRequest(400, "'" + name + "' must be a JSON object");
        }
        return v.getAsObject();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** The server's own address as the client reached it. */
    private static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    }

    JsonObject manifest(String base) {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.1");
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", "gilan-kg: the Persian Socialist Soviet Republic");
        m.put("identifierSpace", Vocabulary.GKR);
        m.put("schemaSpace", Vocabulary.GK);
        JsonArray types = new JsonArray();
        ReconcileIndex.TYPES.forEach(t -> types.add(type(t)));
        m.put("defaultTypes", types);
        JsonObject view = new JsonObject();
        view.put("url", base + "/resource/{{id}}");
        m.put("view", view);
        JsonObject preview = new JsonObject();
        preview.put("url", base + "/reconcile/preview?id={{id}}");
        preview.put("width", 400);
        preview.put("height", 120);
        m.put("preview", preview);
        JsonObject suggest = new JsonObject();
        for (String kind : List.of("entity", "type", "property")) {
            JsonObject s = new JsonObject();
            s.put("service_url", base + "/reconcile");
            s.put("service_path", "/suggest/" + kind);
            suggest.put(kind, s);
        }
        m.put("suggest", suggest);
        JsonObject extend = new JsonObject();
        JsonObject propose = new JsonObject();
        propose.put("service_url", base + "/reconcile");
        propose.put("service_path", "/extend/propose");
        extend.put("propose_properties", propose);
        extend.put("property_settings", new JsonArray());
        m.put("extend", extend);
        return m;
    }

    private static JsonObject type(String t) {
        JsonObject o = new JsonObject();
        o.put("id", t);
        o.put("name", t);
        return o;
    }

    JsonObject queries(JsonObject batch) {
        if (batch.size() > MAX_QUERIES) {
            throw new BadRequest(400, batch.size() + " queries in one request; at most " + MAX_QUERIES);
        }
        ReconcileIndex index = index();
        JsonObject answer = new JsonObject();
        for (String key : batch.keys()) {
            JsonValue q = batch.get(key);
            if (!q.isObject()) {
                throw new BadRequest(400, "query '" + key + "' must be a JSON object");
            }
            answer.put(key, reconcile(index, key, q.getAsObject()));
        }
        return answer;
    }

    private JsonObject reconcile(ReconcileIndex index, String key, JsonObject q) {
        String text = string(q.get("query"));
        if (text == null || text.isBlank()) {
            throw new BadRequest(400, "query '" + key + "' has no 'query' text");
        }
        String type = null;
        JsonValue t = q.get("type");
        if (t != null && !t.isNull()) {
            type = t.isArray() ? t.getAsArray().isEmpty() ? null : string(t.getAsArray().get(0)) : string(t);
            if (type != null && type.startsWith(Vocabulary.GK)) {
                type = type.substring(Vocabulary.GK.length());
            }
            if (type != null && !ReconcileIndex.TYPES.contains(type)) {
                throw new BadRequest(400, "query '" + key + "': unknown type '" + type + "' (types: "
                        + String.join(", ", ReconcileIndex.TYPES) + ")");
            }
        }
        int limit = MAX_LIMIT;
        JsonValue l = q.get("limit");
        if (l != null && l.isNumber()) {
            limit = Math.max(1, Math.min(MAX_LIMIT, l.getAsNumber().value().intValue()));
        }
        List<Constraint> constraints = constraints(index, key, q.get("properties"));
        record Scored(ReconcileIndex.Entity entity, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (ReconcileIndex.Entity e : index.entities()) {
            if (type != null && !ReconcileIndex.isA(e, type)) {
                continue;
            }
            double name = ReconcileIndex.nameScore(e, text);
            if (name < 50) {
                continue;
            }
            double score = name;
            for (Constraint c : constraints) {
                double best = 0;
                for (ReconcileIndex.Value v : index.values(e.id(), c.property())) {
                    for (String wanted : c.values()) {
                        if (v.id() != null && v.id().equals(wanted)) {
                            best = 100;
                        } else {
                            best = Math.max(best, NameMatcher.score(wanted, v.text()));
                        }
                    }
                }
                // A property that agrees confirms; one that disagrees costs.
                score += best >= 80 ? 10 : -20;
            }
            scored.add(new Scored(e, Math.max(0, Math.min(100, score))));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.entity().label()));
        JsonArray result = new JsonArray();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            Scored s = scored.get(i);
            double next = i + 1 < scored.size() ? scored.get(i + 1).score() : 0;
            boolean match = i == 0 && s.score() >= 90 && s.score() - next >= 10;
            JsonObject r = candidate(s.entity());
            r.put("score", JsonNumber.value(Math.round(s.score() * 10) / 10.0));
            r.put("match", match);
            result.add(r);
        }
        JsonObject answer = new JsonObject();
        answer.put("result", result);
        return answer;
    }

    /** A property constraint: our property, and the values it should have (names or ids). */
    record Constraint(String property, List<String> values) {}

    private List<Constraint> constraints(ReconcileIndex index, String key, JsonValue properties) {
        List<Constraint> list = new ArrayList<>();
        if (properties == null || properties.isNull()) {
            return list;
        }
        if (!properties.isArray()) {
            throw new BadRequest(400, "query '" + key + "': 'properties' must be an array");
        }
        for (JsonValue p : properties.getAsArray()) {
            if (!p.isObject()) {
                throw new BadRequest(400, "query '" + key + "': each property must be an object with 'pid' and 'v'");
            }
            String pid = string(p.getAsObject().get("pid"));
            if (pid == null) {
                pid = string(p.getAsObject().get("p"));
            }
            if (pid != null && pid.startsWith(Vocabulary.GK)) {
                pid = pid.substring(Vocabulary.GK.length());
            }
            if (pid == null || index.property(pid) == null) {
                throw new BadRequest(400, "query '" + key + "': unknown property '" + pid + "'");
            }
            List<String> values = new ArrayList<>();
            JsonValue v = p.getAsObject().get("v");
            if (v != null && v.isArray()) {
                v.getAsArray().forEach(x -> values.add(valueText(x)));
            } else if (v != null) {
                values.add(valueText(v));
            }
            values.removeIf(x -> x == null || x.isBlank());
            if (!values.isEmpty()) {
                list.add(new Constraint(pid, values));
            }
        }
        return list;
    }

    /** A constraint value: a string, a number, or an object with an id (a reconciled cell). */
    private static String valueText(JsonValue v) {
        if (v.isObject()) {
            String id = string(v.getAsObject().get("id"));
            if (id != null && id.startsWith(Vocabulary.GKR)) {
                id = id.substring(Vocabulary.GKR.length());
            }
            return id;
        }
        return string(v);
    }

    private static String string(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        if (v.isBoolean()) {
            return Boolean.toString(v.getAsBoolean().value());
        }
        return null;
    }

    /** A result: our id, name, type, description, and our IRI and Wikidata items. */
    private static JsonObject candidate(ReconcileIndex.Entity e) {
        JsonObject r = new JsonObject();
        r.put("id", e.id());
        r.put("name", e.label());
        JsonArray types = new JsonArray();
        types.add(type(e.type()));
        r.put("type", types);
        List<String> qids = e.sameAs().stream().sorted().map(i -> i.substring(i.lastIndexOf('/') + 1)).toList();
        r.put("description", e.type() + (e.names().size() > 1 ? "; also " + String.join(", ", e.names().subList(1, e.names().size())) : "")
                + (qids.isEmpty() ? "" : "; Wikidata " + String.join(", ", qids)));
        r.put("iri", e.iri());
        JsonArray same = new JsonArray();
        e.sameAs().stream().sorted().forEach(same::add);
        r.put("sameAs", same);
        return r;
    }

    JsonObject suggestEntities(String prefix) {
        ReconcileIndex index = index();
        String p = NameMatcher.fold(prefix);
        record Hit(ReconcileIndex.Entity e, double score) {}
        List<Hit> hits = new ArrayList<>();
        for (ReconcileIndex.Entity e : index.entities()) {
            double score = 0;
            for (String n : e.names()) {
                String f = NameMatcher.fold(n);
                if (!p.isEmpty() && (f.startsWith(p) || f.contains(" " + p))) {
                    score = Math.max(score, 100 - f.length() / 10.0);
                }
            }
            score = Math.max(score, ReconcileIndex.nameScore(e, prefix) - 10);
            if (score >= 60) {
                hits.add(new Hit(e, score));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.e().label()));
        JsonArray result = new JsonArray();
        hits.stream().limit(10).forEach(h -> result.add(candidate(h.e())));
        return suggestion(prefix, result);
    }

    JsonObject suggestTypes(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT).strip();
        JsonArray result = new JsonArray();
        ReconcileIndex.TYPES.stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith(p)).forEach(t -> result.add(type(t)));
        return suggestion(prefix, result);
    }

    JsonObject suggestProperties(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT).strip();
        JsonArray result = new JsonArray();
        for (ReconcileIndex.Property property : index().properties()) {
            if (property.id().toLowerCase(Locale.ROOT).startsWith(p) || property.name().toLowerCase(Locale.ROOT).contains(p)) {
                result.add(property(property));
            }
        }
        return suggestion(prefix, result);
    }

    private static JsonObject suggestion(String prefix, JsonArray result) {
        JsonObject o = new JsonObject();
        o.put("prefix", prefix);
        o.put("result", result);
        return o;
    }

    private static JsonObject property(ReconcileIndex.Property p) {
        JsonObject o = new JsonObject();
        o.put("id", p.id());
        o.put("name", p.name());
        return o;
    }

    JsonObject propose(String type) {
        if (type != null && !ReconcileIndex.TYPES.contains(type)) {
            throw new BadRequest(400, "unknown type '" + type + "' (types: " + String.join(", ", ReconcileIndex.TYPES) + ")");
        }
        ReconcileIndex index = index();
        JsonArray properties = new JsonArray();
        for (ReconcileIndex.Property p : index.properties()) {
            boolean used = type == null || p.id().equals(ReconcileIndex.WIKIDATA.id()) || index.entities().stream()
                    .filter(e -> ReconcileIndex.isA(e, type)).anyMatch(e -> !index.values(e.id(), p.id()).isEmpty());
            if (used) {
                properties.add(property(p));
            }
        }
        JsonObject o = new JsonObject();
        if (type != null) {
            o.put("type", type);
        }
        o.put("properties", properties);
        return o;
    }

    JsonObject extend(JsonObject request) {
        ReconcileIndex index = index();
        JsonValue ids = request.get("ids");
        JsonValue props = request.get("properties");
        if (ids == null || !ids.isArray() || props == null || !props.isArray()) {
            throw new BadRequest(400, "'extend' needs 'ids' and 'properties' arrays");
        }
        if (ids.getAsArray().size() > MAX_IDS) {
            throw new BadRequest(400, ids.getAsArray().size() + " ids in one request; at most " + MAX_IDS);
        }
        List<String> pids = new ArrayList<>();
        JsonArray meta = new JsonArray();
        for (JsonValue p : props.getAsArray()) {
            String pid = p.isObject() ? string(p.getAsObject().get("id")) : string(p);
            ReconcileIndex.Property property = pid == null ? null : index.property(pid);
            if (property == null) {
                throw new BadRequest(400, "unknown property '" + pid + "'");
            }
            pids.add(pid);
            meta.add(property(property));
        }
        JsonObject rows = new JsonObject();
        for (JsonValue idValue : ids.getAsArray()) {
            String id = string(idValue);
            if (id == null) {
                throw new BadRequest(400, "ids must be strings");
            }
            String local = id.startsWith(Vocabulary.GKR) ? id.substring(Vocabulary.GKR.length()) : id;
            JsonObject row = new JsonObject();
            for (String pid : pids) {
                JsonArray cells = new JsonArray();
                for (ReconcileIndex.Value v : index.values(local, pid)) {
                    JsonObject cell = new JsonObject();
                    if (v.id() != null) {
                        cell.put("id", v.id());
                        cell.put("name", v.text());
                    } else {
                        cell.put("str", v.text());
                    }
                    cells.add(cell);
                }
                row.put(pid, cells);
            }
            rows.put(id, row);
        }
        JsonObject o = new JsonObject();
        o.put("meta", meta);
        o.put("rows", rows);
        return o;
    }

    private void preview(String id, HttpServletResponse response) throws IOException {
        ReconcileIndex index = index();
        String local = id.startsWith(Vocabulary.GKR) ? id.substring(Vocabulary.GKR.length()) : id;
        ReconcileIndex.Entity e = index.entity(local);
        if (e == null) {
            throw new BadRequest(404, "no thing with id '" + id + "'");
        }
        List<String> facts = new ArrayList<>();
        for (ReconcileIndex.Property p : index.properties()) {
            if (p.id().equals(ReconcileIndex.WIKIDATA.id())) {
                continue;
            }
            List<ReconcileIndex.Value> vs = index.values(local, p.id());
            if (!vs.isEmpty()) {
                facts.add(Html.escape(p.name()) + ": " + Html.escape(String.join(", ", vs.stream().map(ReconcileIndex.Value::text).toList())));
            }
        }
        String html = template.replace("{{name}}", Html.escape(e.label()))
                .replace("{{page}}", Html.escape("/resource/" + e.id()))
                .replace("{{type}}", Html.escape(e.type()))
                .replace("{{names}}", e.names().size() > 1 ? "Also: " + Html.escape(String.join(", ", e.names().subList(1, e.names().size()))) : "")
                .replace("{{facts}}", String.join("; ", facts.subList(0, Math.min(6, facts.size()))))
                .replace("{{sameAs}}", e.sameAs().isEmpty() ? "" : "Wikidata: " + String.join(", ", e.sameAs().stream().sorted()
                        .map(i -> "<a href=\"" + Html.escape(i) + "\" target=\"_blank\">" + Html.escape(i.substring(i.lastIndexOf('/') + 1)) + "</a>").toList()));
        response.setStatus(200);
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServletResponse response, int status, JsonValue body, String callback) throws IOException {
        String json = JSON.toStringFlat(body);
        response.setStatus(status);
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (callback != null) {
            response.setContentType("text/javascript; charset=utf-8");
            json = callback + "(" + json + ");";
        } else {
            response.setContentType("application/json; charset=utf-8");
        }
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String name) {
        return org.gilankg.Resources.text("org/gilankg/server/reconcile/" + name);
    }
}

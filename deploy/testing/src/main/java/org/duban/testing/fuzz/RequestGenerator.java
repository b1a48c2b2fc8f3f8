package org.duban.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.testing.fuzz.ApiOperations.Operation;
import org.duban.testing.fuzz.ApiOperations.Parameter;

/**
 * Generates requests for a service's operations from their OpenAPI schemas: a valid-looking request (values that fit
 * the schema, the caller's region, identifiers seen in earlier answers), then, for most requests, one thing made
 * hostile: one body field, the whole body, one parameter, the content type, the uploaded file, the caller, or the
 * request line itself. Deterministic for a given {@link Random} and the same answers.
 */
public final class RequestGenerator {
    /** Every role a Duban token can carry. */
    public static final List<String> ROLES = List.of("SUPERVISOR", "UNIT_REPORTER", "UNIT_HEAD", "LEADER", "STATISTICIAN", "ADMIN", "SYSTEM");
    private static final Pattern LITERAL_ALTERNATIVES = Pattern.compile("^(\\(\\?i\\))?\\^?\\(?([A-Za-z0-9_|-]+)\\)?\\$?$");

    /**
     * One generated request. {@code target} is the path with its query, already encoded; {@code kind} names what
     * was made hostile (VALID when nothing was) and {@code note} how.
     */
    public record FuzzRequest(Operation operation, String kind, String note, String method, String target,
            Map<String, String> headers, byte[] body) {}

    private final Random random;
    private final String region;
    private final Tokens tokens;
    private final KnownValues known;
    private final Map<String, String> tokenCache = new LinkedHashMap<>();

    /** Signs a bearer token for one role, login, region and unit. */
    @FunctionalInterface
    public interface Tokens {
        String sign(String role, String login, String regionCode, String unitId);
    }

    /**
     * @param region the region code of the callers and of region fields
     * @param tokens signs the callers' tokens; logins vary so that per-caller limits see many callers
     * @param known identifiers and codes seen in earlier answers, to reach existing rows
     */
    public RequestGenerator(Random random, String region, Tokens tokens, KnownValues known) {
        this.random = random;
        this.region = region;
        this.tokens = tokens;
        this.known = known;
    }

    /** The next request for {@code op}. */
    public FuzzRequest next(Operation op) {
        String kind = kind(op);
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder note = new StringBuilder();
        String method = op.method();

        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            switch (p.in()) {
                case "path" -> pathValues.put(p.name(), pathValue(op, p));
                case "query" -> {
                    if (p.required() || random.nextInt(3) == 0) {
                        queryValues.put(p.name(), scalarText(p.name(), p.schema()));
                    }
                }
                default -> { }
            }
        }
        boolean rawPath = false;
        if (kind.equals("PARAM")) {
            List<Parameter> params = op.parameters().stream().filter(p -> !p.in().equals("header")).toList();
            if (params.isEmpty()) {
                queryValues.put(Hostile.pick(random, List.of("page", "pageSize", "sort", "regionCode", "q", "year")),
                        Hostile.pick(random, Hostile.PARAMS));
                note.append("unknown query parameter");
            } else {
                Parameter p = params.get(random.nextInt(params.size()));
                String value = Hostile.pick(random, Hostile.PARAMS);
                (p.in().equals("path") ? pathValues : queryValues).put(p.name(), value);
                note.append(p.in()).append(' ').append(p.name()).append('=').append(excerpt(value, 60));
                rawPath = p.in().equals("path") && random.nextInt(6) == 0;
            }
        }
        String target = target(op.path(), pathValues, queryValues, rawPath);

        String mediaType = null;
        byte[] body = null;
        if (!op.bodies().isEmpty()) {
            List<String> types = new ArrayList<>(op.bodies().keySet());
            mediaType = types.get(random.nextInt(types.size()));
            JsonNode schema = op.bodies().get(mediaType);
            if (isJson(mediaType)) {
                String json = switch (kind) {
                    case "BODY_FIELD" -> mutatedField(schema, note);
                    case "BODY_WHOLE" -> mutatedWhole(schema, note);
                    default -> write(value(schema, "", 0));
                };
                body = (json == null ? "" : json).getBytes(kind.equals("BODY_WHOLE") && note.toString().equals("GB18030 bytes declared UTF-8")
                        ? Charset.forName("GB18030") : StandardCharsets.UTF_8);
                if (note.toString().startsWith("invalid UTF-8")) {
                    body = invalidUtf8(body);
                }
            } else {
                body = file(mediaType, note);
            }
            headers.put("Content-Type", mediaType.contains("charset") || !mediaType.startsWith("text/") ? mediaType : mediaType + "; charset=UTF-8");
            if (kind.equals("CONTENT_TYPE")) {
                String wrong = Hostile.pick(random, List.of("text/plain", "application/xml", "multipart/form-data",
                        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1",
                        "application/json; charset=bogus", "image/png", "*/*", "application/octet-stream", "text/csv", "application/jsonx"));
                headers.put("Content-Type", wrong);
                note.append("Content-Type ").append(wrong);
            }
        } else if (kind.equals("BODY_WHOLE")) {
            body = ("{\"unexpected\":" + Hostile.jsonValue(random) + "}").getBytes(StandardCharsets.UTF_8);
            headers.put("Content-Type", "application/json");
            note.append("a body where none is taken");
        }

        switch (kind) {
            case "CALLER" -> caller(op, headers, note);
            case "PROTOCOL" -> {
                String[] line = protocol(op, target, headers, note);
                method = line[0];
                target = line[1];
                authorize(op, headers);
            }
            default -> authorize(op, headers);
        }
        if (!headers.containsKey("Accept") && random.nextInt(4) == 0) {
            headers.put("Accept", Hostile.pick(random, List.of("application/json", "*/*", "application/problem+json",
                    "application/json, application/problem+json")));
        }
        return new FuzzRequest(op, kind, note.toString(), method, target, headers, body);
    }

    private String kind(Operation op) {
        int roll = random.nextInt(100);
        boolean json = op.bodies().keySet().stream().anyMatch(RequestGenerator::isJson);
        boolean file = op.bodies().keySet().stream().anyMatch(t -> !isJson(t));
        if (roll < 22) {
            return "VALID";
        }
        if (roll < 50 && json) {
            return "BODY_FIELD";
        }
        if (roll < 50 && file) {
            return "FILE";
        }
        if (roll < 62 && !op.bodies().isEmpty()) {
            return "BODY_WHOLE";
        }
        if (roll < 78) {
            return "PARAM";
        }
        if (roll < 84 && !op.bodies().isEmpty()) {
            return "CONTENT_TYPE";
        }
        if (roll < 93) {
            return "CALLER";
        }
        return "PROTOCOL";
    }

    // ---- callers -------------------------------------------------------------------------------------------------

    private void authorize(Operation op, Map<String, String> headers) {
        List<String> allowed = op.roles().isEmpty() ? ROLES : List.copyOf(op.roles());
        headers.put("Authorization", "Bearer " + token(allowed.get(random.nextInt(allowed.size()))));
    }

    private String token(String role) {
        String login = "fuzz-" + random.nextInt(64);
        // a unit seen in the answers, so that a unit's own reports and work plans are reached too
        String unit = role.startsWith("UNIT_") ? Objects.requireNonNullElse(known.pick(random, null, "unitId"), "1") : "1";
        return tokenCache.computeIfAbsent(role + "/" + login + "/" + unit, k -> tokens.sign(role, login, region, unit));
    }

    private void caller(Operation op, Map<String, String> headers, StringBuilder note) {
        switch (random.nextInt(6)) {
            case 0, 1 -> note.append("anonymous");
            case 2 -> {
                List<String> others = ROLES.stream().filter(r -> !op.roles().contains(r)).toList();
                String role = others.isEmpty() ? "UNKNOWN_ROLE" : others.get(random.nextInt(others.size()));
                headers.put("Authorization", "Bearer " + token(role));
                note.append("role ").append(role);
            }
            case 3 -> {
                String value = Hostile.pick(random, List.of("Bearer ", "Bearer abc.def.ghi", "Basic YWRtaW46YWRtaW4=", "Bearer null",
                        "bearer " + "x".repeat(2_000), "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbIkFETUlOIl19.", "Negotiate x"));
                headers.put("Authorization", value);
                note.append("Authorization ").append(excerpt(value, 40));
            }
            case 4 -> {
                authorize(op, headers);
                String token = headers.get("Authorization");
                // one signature character changed: a forged token
                int at = token.length() - 5;
                headers.put("Authorization", token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1));
                note.append("forged signature");
            }
            default -> {
                List<String> allowed = op.roles().isEmpty() ? ROLES : List.copyOf(op.roles());
                String role = allowed.get(random.nextInt(allowed.size()));
                String other = region.equals("110101") ? "310101" : "110101";
                headers.put("Authorization", "Bearer " + tokenCache.computeIfAbsent(role + "@" + other,
                        k -> tokens.sign(role, "fuzz-elsewhere", other, "1")));
                note.append("role ").append(role).append(" of another region");
            }
        }
    }

    // ---- request line --------------------------------------------------------------------------------------------

    private String[] protocol(Operation op, String target, Map<String, String> headers, StringBuilder note) {
        String prefix = op.path().replaceFirst("^(/api/[^/]+).*", "$1");
        switch (random.nextInt(7)) {
            case 0 -> {
                String method = Hostile.pick(random, List.of("PATCH", "PUT", "DELETE", "POST", "GET"));
                note.append("method ").append(method);
                if (method.equals(op.method())) {
                    method = "PATCH";
                }
                return new String[] {method, target};
            }
            case 1 -> {
                String path = prefix + Hostile.pick(random, List.of("/../../../etc/passwd", "/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/q/dev",
                        "/nonexistent", "//", "/%00", "/;a=b", "/%E4%B8%AD", "/" + "a/".repeat(300)));
                note.append("path ").append(excerpt(path, 80));
                return new String[] {op.method(), path};
            }
            case 2 -> {
                String accept = Hostile.pick(random, List.of("application/xml", "text/html", "image/png", "application/json;q=0",
                        "text/event-stream", "*/*;q=abc", "application/pdf"));
                headers.put("Accept", accept);
                note.append("Accept ").append(accept);
            }
            case 3 -> {
                headers.put("X-Fuzz-Padding", "x".repeat(30_000));
                note.append("30 KB header");
            }
            case 4 -> {
                headers.put("If-Match", Hostile.pick(random, List.of("\"0\"", "*", "W/\"x\"", "not-an-etag", "\"-1\"", "\"9223372036854775808\"")));
                note.append("If-Match ").append(headers.get("If-Match"));
            }
            case 5 -> {
                String sep = target.contains("?") ? "&" : "?";
                String dup = sep + "page=1&page=2&pageSize=10&pageSize=-5&sort=&sort=id,id";
                note.append("repeated query parameters");
                return new String[] {op.method(), target + dup};
            }
            default -> {
                String sep = target.contains("?") ? "&" : "?";
                String query = sep + "x=" + "y".repeat(5_000);
                note.append("5 KB query");
                return new String[] {op.method(), target + query};
            }
        }
        return new String[] {op.method(), target};
    }

    // ---- parameters ----------------------------------------------------------------------------------------------

    private String pathValue(Operation op, Parameter p) {
        String collection = op.path().substring(0, op.path().indexOf("{" + p.name() + "}"));
        String found = known.pick(random, collection, p.name());
        return found != null ? found : scalarText(p.name(), p.schema());
    }

    private static String target(String template, Map<String, String> pathValues, Map<String, String> query, boolean rawPath) {
        String path = template;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            String value = rawPath ? e.getValue().replaceAll("[^A-Za-z0-9./_-]", "") : encode(e.getValue()).replace("+", "%20");
            path = path.replace("{" + e.getKey() + "}", value);
        }
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder out = new StringBuilder(path).append('?');
        query.forEach((k, v) -> out.append(encode(k)).append('=').append(encode(v)).append('&'));
        return out.substring(0, out.length() - 1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- values from schemas -------------------------------------------------------------------------------------

    private String scalarText(String name, JsonNode schema) {
        Object value = value(schema, name, 0);
        return value == null ? "" : value instanceof JsonText t ? t.text() : String.valueOf(value);
    }

    /** A JSON-ready value for {@code schema}: Map, List, String, Number, Boolean, null. */
    private Object value(JsonNode schema, String name, int depth) {
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            JsonNode e = schema.get("enum").get(random.nextInt(schema.get("enum").size()));
            return e.isTextual() ? e.asText() : e.isNumber() ? e.numberValue() : e.isBoolean() ? (Object) e.asBoolean() : null;
        }
        for (String alt : List.of("oneOf", "anyOf")) {
            if (schema.has(alt) && schema.get(alt).size() > 0) {
                return value(schema.get(alt).get(random.nextInt(schema.get(alt).size())), name, depth);
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (type.isEmpty() && schema.path("type").isArray() && schema.path("type").size() > 0) {
            type = schema.path("type").get(0).asText();
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                List<Object> items = new ArrayList<>();
                int count = depth > 3 ? 0 : Math.max(schema.path("minItems").asInt(0), 1 + random.nextInt(2));
                for (int i = 0; i < count; i++) {
                    items.add(value(schema.path("items"), singular(name), depth + 1));
                }
                yield items;
            }
            case "integer" -> integer(schema, name);
            case "number" -> {
                double min = schema.path("minimum").asDouble(0);
                double max = schema.path("maximum").asDouble(Math.max(min, 100));
                yield Math.round((min + random.nextDouble() * (max - min)) * 10) / 10.0;
            }
            case "boolean" -> random.nextBoolean();
            default -> string(schema, name);
        };
    }

    private Map<String, Object> object(JsonNode schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> p = props.next();
            if (p.getValue().path("readOnly").asBoolean(false)) {
                continue;
            }
            if (required.contains(p.getKey()) || (depth < 3 && random.nextInt(10) < 7)) {
                out.put(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject() && depth < 3) {
            out.put(Hostile.pick(random, List.of("Q1", "H1", "Q3", "ANNUAL")), value(additional, "", depth + 1));
        }
        return out;
    }

    private Object integer(JsonNode schema, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String found = lower.endsWith("id") ? known.pick(random, null, name) : null;
        if (found != null && found.matches("-?\\d{1,18}")) {
            return Long.parseLong(found);
        }
        long min = schema.path("minimum").asLong(lower.contains("year") ? 2000 : 1);
        long max = schema.path("maximum").asLong(lower.contains("year") ? 2100 : min + 20);
        if (lower.contains("year")) {
            return Math.max(min, Math.min(max, 2026));
        }
        if (lower.equals("pagesize")) {
            return 1 + random.nextInt(50);
        }
        return min + (long) random.nextInt((int) Math.max(1, Math.min(1000, max - min + 1)));
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String lower = name.toLowerCase(Locale.ROOT);
        String found = known.pick(random, null, name);
        if (found != null && (lower.endsWith("id") || lower.equals("code") || lower.endsWith("code"))) {
            return found;
        }
        switch (format) {
            case "date" -> {
                return String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            case "date-time" -> {
                return String.format("2026-%02d-%02dT08:30:00+08:00", 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "email" -> {
                return "fuzz" + random.nextInt(1_000_000) + "@example.gov.cn";
            }
            default -> { }
        }
        String pattern = schema.path("pattern").asText("");
        if (lower.contains("regioncode") || lower.equals("region") || pattern.contains("\\d{6}")) {
            return region;
        }
        Matcher literals = LITERAL_ALTERNATIVES.matcher(pattern);
        if (!pattern.isEmpty() && literals.matches() && !pattern.contains("\\")) {
            String[] options = literals.group(2).split("\\|");
            return options[random.nextInt(options.length)];
        }
        if (lower.contains("period")) {
            return Hostile.pick(random, List.of("Q1", "H1", "Q3", "ANNUAL"));
        }
        if (lower.equals("sort")) {
            return Hostile.pick(random, List.of("id", "-id", "name"));
        }
        if (lower.equals("login") || lower.equals("username")) {
            return "fuzz" + random.nextInt(1_000_000);
        }
        if (lower.contains("password")) {
            return "Fuzz-" + UUID.randomUUID();
        }
        if (lower.contains("indicator") || lower.equals("code")) {
            return Hostile.pick(random, List.of("GDP", "FISCAL_REVENUE", "FIXED_ASSET_INVESTMENT", "RETAIL_SALES", "fuzz_" + random.nextInt(1000)));
        }
        if (lower.equals("number")) {
            return String.valueOf(1 + random.nextInt(200));
        }
        int max = schema.path("maxLength").asInt(60);
        int min = schema.path("minLength").asInt(1);
        String text = Hostile.pick(random, List.of("区发改局", "建设物流园", "完成年度目标", "张三", "区财政局、区税务局", "加快推进")) + random.nextInt(100_000);
        if (text.length() > max) {
            text = text.substring(0, Math.max(min, max));
        }
        while (text.length() < min) {
            text = text + "x";
        }
        return text;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    // ---- bodies --------------------------------------------------------------------------------------------------

    /** A valid-looking body with one field (present, nested, or new) replaced by a hostile JSON value. */
    private String mutatedField(JsonNode schema, StringBuilder note) {
        Object body = value(schema, "", 0);
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(body, new ArrayList<>(), paths);
        String raw = Hostile.jsonValue(random);
        if (paths.isEmpty() || random.nextInt(12) == 0) {
            if (body instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) map;
                String key = Hostile.pick(random, List.of("id", "version", "__proto__", "constructor", "@class", "status", "regionCode", "\u0000"));
                m.put(key, marker(raw));
                note.append("added field ").append(key).append('=').append(excerpt(raw, 60));
                return write(m);
            }
            note.append("body=").append(excerpt(raw, 60));
            return raw;
        }
        List<Object> path = paths.get(random.nextInt(paths.size()));
        body = replace(body, path, 0, marker(raw));
        note.append("field ").append(pathText(path)).append('=').append(excerpt(raw, 60));
        return write(body);
    }

    private void collectPaths(Object value, List<Object> prefix, List<List<Object>> out) {
        if (!prefix.isEmpty()) {
            out.add(List.copyOf(prefix));
        }
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                prefix.add(key);
                collectPaths(map.get(key), prefix, out);
                prefix.remove(prefix.size() - 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                prefix.add(i);
                collectPaths(list.get(i), prefix, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object value, List<Object> path, int at, Object replacement) {
        if (at == path.size()) {
            return replacement;
        }
        Object key = path.get(at);
        if (value instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(key, replace(map.get(key), path, at + 1, replacement));
        } else if (value instanceof List<?> list) {
            ((List<Object>) list).set((Integer) key, replace(list.get((Integer) key), path, at + 1, replacement));
        }
        return value;
    }

    private static String pathText(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object p : path) {
            if (p instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p);
            }
        }
        return out.toString();
    }

    /** The whole body corrupted: truncated, trailing garbage, duplicate keys, deep nesting, wrong shape or encoding. */
    private String mutatedWhole(JsonNode schema, StringBuilder note) {
        String valid = write(value(schema, "", 0));
        switch (random.nextInt(14)) {
            case 0 -> {
                int cut = valid.length() <= 1 ? 0 : 1 + random.nextInt(valid.length() - 1);
                note.append("truncated at ").append(cut);
                return valid.substring(0, cut);
            }
            case 1 -> {
                String garbage = Hostile.pick(random, List.of(" {}", "]", " garbage", "\u0000", ",", " //comment", "\n{\"a\":1}", "}}}}"));
                note.append("trailing ").append(excerpt(garbage, 20));
                return valid + garbage;
            }
            case 2 -> {
                if (valid.startsWith("{\"")) {
                    int colon = valid.indexOf("\":");
                    String key = valid.substring(1, colon + 1);
                    note.append("duplicate key ").append(key);
                    return "{" + key + ":" + Hostile.jsonValue(random) + "," + valid.substring(1);
                }
                note.append("duplicate keys");
                return "{\"a\":1,\"a\":2}";
            }
            case 3 -> {
                note.append("nesting 100000 deep");
                return "[".repeat(100_000) + "]".repeat(100_000);
            }
            case 4 -> {
                note.append("empty body");
                return "";
            }
            case 5 -> {
                String shape = Hostile.pick(random, List.of("null", "[]", "\"text\"", "42", "[" + valid + "]", "true", "{}"));
                note.append("body ").append(excerpt(shape, 40));
                return shape;
            }
            case 6 -> {
                note.append("invalid UTF-8 in a string");
                return valid;
            }
            case 7 -> {
                note.append("GB18030 bytes declared UTF-8");
                return valid;
            }
            case 8 -> {
                note.append("byte order mark");
                return "\uFEFF" + valid;
            }
            case 9 -> {
                note.append("single quotes and comments");
                return valid.replace('"', '\'') + "/* c */";
            }
            case 10 -> {
                note.append("huge body (2 MB of fields)");
                StringBuilder big = new StringBuilder("{");
                for (int i = 0; i < 100_000; i++) {
                    big.append("\"f").append(i).append("\":\"xxxxxxxxx\",");
                }
                return big.append("\"end\":1}").toString();
            }
            case 11 -> {
                note.append("NUL bytes");
                return valid.replace(",", ",\u0000");
            }
            case 12 -> {
                note.append("every string hostile");
                return valid.replaceAll("\"([^\"]*)\":\"[^\"]*\"", "\"$1\":" + Json.quote(Hostile.pick(random, Hostile.STRINGS)).replace("$", "\\$"));
            }
            default -> {
                note.append("numbers as strings and strings as numbers");
                return valid.replaceAll(":(-?\\d+(\\.\\d+)?)", ":\"$1\"").replaceAll(":\"[^\"]*\"", ":12345");
            }
        }
    }

    private static byte[] invalidUtf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        if (quote < 0) {
            return new byte[] {'"', (byte) 0xC3, 0x28, (byte) 0xFF, '"'};
        }
        byte[] head = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + 4 + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        out[head.length] = (byte) 0xC3;
        out[head.length + 1] = 0x28;
        out[head.length + 2] = (byte) 0xED;
        out[head.length + 3] = (byte) 0xA0;
        System.arraycopy(tail, 0, out, head.length + 4, tail.length);
        return out;
    }

    private byte[] file(String mediaType, StringBuilder note) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.contains("spreadsheetml")) {
            note.append("broken XLSX");
            return BrokenFiles.xlsx(random);
        }
        if (type.contains("octet-stream")) {
            boolean docx = random.nextBoolean();
            note.append(docx ? "broken DOCX" : "broken XLSX");
            return docx ? BrokenFiles.docx(random) : BrokenFiles.xlsx(random);
        }
        if (type.contains("csv")) {
            note.append("hostile CSV");
            return BrokenFiles.csv(random);
        }
        if (type.startsWith("multipart/")) {
            note.append("broken multipart");
            return ("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\n\r\n"
                    + "PK\u0003\u0004garbage").getBytes(StandardCharsets.ISO_8859_1);
        }
        note.append("hostile text");
        return BrokenFiles.text(random);
    }

    // ---- writing JSON --------------------------------------------------------------------------------------------

    /** A text value that is already JSON (a hostile fragment) and is written as it is. */
    private record JsonText(String text) {}

    private static Object marker(String raw) {
        return new JsonText(raw);
    }

    private String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof JsonText raw) {
            out.append(raw.text());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",").append(Json.quote(String.valueOf(e.getKey()))).append(':');
                write(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append(Json.quote(value.toString()));
        }
    }

    static boolean isJson(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT).contains("json");
    }

    static String excerpt(String text, int max) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < flat.length() && out.length() < max; i++) {
            char c = flat.charAt(i);
            out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return flat.length() > max ? out + "…(" + flat.length() + " chars)" : out.toString();
    }
}

package org.duban.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses with bilingual titles per status. */
public final class ProblemResponses {
    private static final String TYPE_BASE = "https://duban.example/problems/";

    private static final Map<Integer, String[]> TITLES = Map.ofEntries(
            Map.entry(400, new String[] {"Bad request", "请求有误"}),
            Map.entry(401, new String[] {"Unauthorized", "未登录或凭证无效"}),
            Map.entry(403, new String[] {"Forbidden", "无权访问"}),
            Map.entry(404, new String[] {"Not found", "未找到"}),
            Map.entry(405, new String[] {"Method not allowed", "不支持该方法"}),
            Map.entry(406, new String[] {"Not acceptable", "无法提供所需格式"}),
            Map.entry(409, new String[] {"Conflict", "状态冲突"}),
            Map.entry(412, new String[] {"Precondition failed", "版本已变化"}),
            Map.entry(413, new String[] {"Payload too large", "内容过大"}),
            Map.entry(414, new String[] {"URI too long", "地址过长"}),
            Map.entry(415, new String[] {"Unsupported media type", "不支持的内容类型"}),
            Map.entry(422, new String[] {"Unprocessable content", "内容无法处理"}),
            Map.entry(428, new String[] {"Precondition required", "缺少版本条件"}),
            Map.entry(429, new String[] {"Too many requests", "请求过于频繁"}),
            Map.entry(431, new String[] {"Request header fields too large", "请求头过大"}),
            Map.entry(500, new String[] {"Internal server error", "服务器内部错误"}),
            Map.entry(502, new String[] {"Bad gateway", "上游服务错误"}),
            Map.entry(503, new String[] {"Service unavailable", "服务暂不可用"}),
            Map.entry(504, new String[] {"Gateway timeout", "上游服务超时"}));

    private ProblemResponses() {}

    public static Problem problem(int status, String slug, String detail, String instance, String errorId,
            List<Problem.Violation> violations) {
        String[] title = TITLES.getOrDefault(status, new String[] {"Error", "错误"});
        return new Problem(TYPE_BASE + slug, title[0], title[1], status, detail, instance, errorId, violations);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String slug, String detail, String instance) {
        return response(problem(status, slug, detail, instance, null, List.of()));
    }

    /**
     * A problem's {@code instance}: the request's path with one leading slash ("/api/tasks/t-1"), or null when the
     * request's address is not known (a mapper called outside a request).
     */
    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}

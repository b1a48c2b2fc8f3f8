package org.duban.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/** The OpenAPI shape of {@link org.duban.platform.problem.Problem}, the one error body of every service. */
final class ProblemSchema {
    private ProblemSchema() {}

    static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem detail; empty fields are left out / 错误详情（RFC 9457），空字段省略")
                .addProperty("type", string("问题类型的URI / URI of the problem type, e.g. https://duban.example/problems/not-found"))
                .addProperty("title", string("英文标题 / Title in English"))
                .addProperty("titleZh", string("中文标题 / Title in Chinese"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("HTTP状态码 / The HTTP status"))
                .addProperty("detail", string("详情（中英文） / What happened, in Chinese and English"))
                .addProperty("instance", string("出错的请求路径 / The request's path"))
                .addProperty("errorId", string("意外错误的日志编号 / Ties an unexpected error to its log line"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("逐个字段的错误 / One entry per invalid field")
                        .items(OASFactory.createSchema().ref(ApiDocumentFilter.PROBLEM_REF + "Violation")))
                .required(List.of("type", "title", "status"));
    }

    static Schema violation() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("一个无效字段 / One invalid input field")
                .addProperty("field", string("字段名 / The field, e.g. regionCode"))
                .addProperty("message", string("原因（中英文） / Why, in Chinese and English"))
                .required(List.of("field", "message"));
    }

    /** The description of an error answer: the operation's own if it has one, else the status's meaning. */
    static String describe(String status, String given) {
        boolean generic = given == null || given.isBlank() || given.equals("Not Authorized") || given.equals("Not Allowed")
                || given.equals("Bad Request");
        if (!generic) {
            return given;
        }
        return switch (status) {
            case "400" -> "请求有误 / Bad request";
            case "401" -> "未登录或令牌无效 / No valid token";
            case "403" -> "无权操作 / Not allowed for your roles or scope";
            case "404" -> "不存在 / Not found";
            case "409" -> "冲突 / Conflict with the current state";
            case "412" -> "版本已过期 / The version is stale";
            case "415" -> "不支持的媒体类型 / Unsupported media type";
            case "422" -> "不符合业务规则 / Breaks a rule";
            case "429" -> "请求过多 / Too many requests";
            default -> "错误 / Error";
        };
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}

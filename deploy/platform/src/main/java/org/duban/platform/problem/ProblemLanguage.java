package org.duban.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The language of every problem a service answers, from the caller's {@code Accept-Language}: messages are written
 * once in both languages ("期间无效 / invalid period", in either order); {@code zh} (zh-CN, zh-TW …) keeps the Chinese
 * side of each {@code detail} and violation message and puts {@code titleZh} in {@code title}, {@code en} keeps the
 * English side (and drops {@code titleZh}); with no preference, or another language first, both stay, as before.
 * The answer carries {@code Content-Language} when it chose one and {@code Vary: Accept-Language} always.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    /** The language a caller prefers among those Duban writes: "zh", "en", or null for none of them first. */
    static String preferred(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            String language = l.getLanguage().toLowerCase(Locale.ROOT);
            if (language.equals("zh") || language.equals("en")) {
                return language;
            }
            if (!language.isEmpty() && !language.equals("*")) {
                return null; // a language Duban does not write comes first: both
            }
        }
        return null;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem p)) {
            return;
        }
        response.getHeaders().add("Vary", "Accept-Language");
        String language = preferred(request.getAcceptableLanguages());
        if (language == null) {
            return;
        }
        boolean zh = language.equals("zh");
        List<Problem.Violation> violations = p.violations() == null ? null
                : p.violations().stream().map(v -> new Problem.Violation(v.field(), side(v.message(), zh))).toList();
        String title = zh && p.titleZh() != null && !p.titleZh().isBlank() ? p.titleZh() : p.title();
        response.setEntity(new Problem(p.type(), title, zh ? p.titleZh() : null, p.status(), side(p.detail(), zh),
                p.instance(), p.errorId(), violations), response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle("Content-Language", zh ? "zh-CN" : "en");
    }

    /**
     * One language's side of a bilingual text: each " / "-separated part is kept when it is in that language (more Han
     * characters than Latin letters is Chinese); a text with no part in that language is kept whole. A
     * detail listing several fields ("period: 期间无效 / invalid period; …") is taken field by field.
     */
    static String side(String text, boolean zh) {
        if (text == null || !text.contains(" / ")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String item : text.split("; ", -1)) {
            if (out.length() > 0) {
                out.append("; ");
            }
            int colon = item.indexOf(": ");
            String prefix = colon > 0 && !chinese(item.substring(0, colon)) && item.indexOf(" / ") > colon ? item.substring(0, colon + 2) : "";
            String body = item.substring(prefix.length());
            String chosen = null;
            for (String part : body.split(" / ")) {
                if (chinese(part) == zh) {
                    chosen = chosen == null ? part.strip() : chosen + " / " + part.strip();
                }
            }
            out.append(prefix).append(chosen == null ? body : chosen);
        }
        return out.toString();
    }

    /** Written in Chinese: more Han characters than Latin letters ("unknown unit 区发改局" is English). */
    private static boolean chinese(String s) {
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return han > latin;
    }
}

package org.duban.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemLanguageTest {

    @Test
    void keepsTheSideOfTheCallersLanguageInEitherOrder() {
        assertEquals("期间无效", ProblemLanguage.side("期间无效 / invalid period", true));
        assertEquals("invalid period", ProblemLanguage.side("期间无效 / invalid period", false));
        assertEquals("格式无效", ProblemLanguage.side("must be xlsx, csv, html or md / 格式无效", true));
        assertEquals("must be xlsx, csv, html or md", ProblemLanguage.side("must be xlsx, csv, html or md / 格式无效", false));
        assertEquals("unknown unit 区发改局", ProblemLanguage.side("未知单位 / unknown unit 区发改局", false), "a name in an English text");
    }

    @Test
    void takesADetailOfSeveralFieldsFieldByField() {
        assertEquals("period: 期间无效; format: 格式无效",
                ProblemLanguage.side("period: 期间无效 / invalid period; format: 格式无效 / bad format", true));
        assertEquals("period: invalid period; format: bad format",
                ProblemLanguage.side("period: 期间无效 / invalid period; format: 格式无效 / bad format", false));
    }

    @Test
    void leavesATextOfOneLanguageAsItIs() {
        assertEquals("not found", ProblemLanguage.side("not found", true));
        assertEquals("计划不存在", ProblemLanguage.side("计划不存在", false));
        assertNull(ProblemLanguage.side(null, true));
    }

    @Test
    void choosesTheFirstOfTheLanguagesDubanWrites() {
        assertEquals("zh", ProblemLanguage.preferred(List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)));
        assertEquals("en", ProblemLanguage.preferred(List.of(Locale.forLanguageTag("en-US"))));
        assertNull(ProblemLanguage.preferred(List.of(Locale.FRENCH, Locale.ENGLISH)), "another language first: both");
        assertNull(ProblemLanguage.preferred(List.of(new Locale("*"))));
        assertNull(ProblemLanguage.preferred(List.of()));
    }
}

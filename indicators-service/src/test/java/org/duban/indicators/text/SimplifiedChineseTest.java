package org.duban.indicators.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SimplifiedChinese} gives exactly what ICU's Traditional-Simplified transliterator gives, while leaving the
 * lines it would not change alone (the trial of 2026-12-04: transliterating every line of a 200,000-character paste
 * was most of its 6 s).
 */
class SimplifiedChineseTest {

    private static final Transliterator ICU = Transliterator.getInstance("Traditional-Simplified");

    @Test
    void shouldGiveWhatIcuGivesOnEveryTextOfTheCorpora() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources/target-corpus")),
                Files.walk(Path.of("src/test/resources/fixtures")))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        int traditional = 0;
        for (Path path : texts) {
            String text = Files.readString(path);
            String expected = ICU.transliterate(text);
            String got = SimplifiedChinese.of(text);
            // ICU's, character for character, but for a 著 kept where ICU wrote 着 (显著, 著名 …: see the test below)
            assertEquals(expected.length(), got.length(), path.toString());
            for (int i = 0; i < got.length(); i++) {
                if (got.charAt(i) != expected.charAt(i)) {
                    assertTrue(got.charAt(i) == '著' && expected.charAt(i) == '着' && text.charAt(i) == '著',
                            path + " at " + i + ": " + got.substring(Math.max(0, i - 5), Math.min(got.length(), i + 5)));
                }
            }
            traditional += expected.equals(text) ? 0 : 1;
        }
        assertTrue(texts.size() > 700, "the corpora were not found: " + texts.size());
        assertTrue(traditional >= 20, "too few texts with traditional characters to tell: " + traditional);
    }

    @Test
    void shouldSimplifyOnlyTheLinesWithTraditionalCharacters() {
        String text = "二、2024年主要預期目標\n地区生产总值增长6%左右\n規模以上工業增加值增長7%";
        assertEquals("二、2024年主要预期目标\n地区生产总值增长6%左右\n规模以上工业增加值增长7%", SimplifiedChinese.of(text));
        assertEquals(ICU.transliterate(text), SimplifiedChinese.of(text));
        String simplified = "地区生产总值增长6%左右,一般公共预算收入增长5%";
        assertSame(simplified, SimplifiedChinese.of(simplified), "a simplified text is kept as it is, not copied");
    }

    /** 著 stays in the words where the simplified script writes it too; elsewhere it is 着, as ICU has it (batch om's om03). */
    @Test
    void shouldKeepZhuWhereSimplifiedTextWritesIt() {
        assertEquals("县域经济综合发展力显著增强,着力推进,著名品牌", SimplifiedChinese.of("县域经济综合发展力显著增强,著力推进,著名品牌"));
        assertEquals("效益显著提高,着力推进", SimplifiedChinese.of("效益顯著提高,著力推進"));
    }

    /** ICU's rules of several characters change text none of whose characters a rule changes alone: 份子 → 分子. */
    @Test
    void shouldApplyTheRulesOfSeveralCharactersThatChangeSimplifiedText() {
        for (String text : List.of("引进高层次知识份子120人", "市场一度沈默,后逐步回暖", "全县地区生产总值增长6%\n乡镇巡察全覆盖")) {
            String expected = ICU.transliterate(text);
            assertNotEquals(text, expected, "ICU no longer changes " + text);
            assertEquals(expected, SimplifiedChinese.of(text));
        }
        assertEquals("", SimplifiedChinese.of(null));
    }
}

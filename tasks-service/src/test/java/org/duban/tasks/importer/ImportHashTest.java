package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.duban.tasks.importer.ImportDtos.Format;
import org.junit.jupiter.api.Test;

class ImportHashTest {

    private static String hash(Format format, String text) {
        return ImportService.hash(format, ImportService.normalise(text).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldTreatLineEndingsBomAndTrailingSpacesAsTheSameDocument() {
        String text = "一、2019年重点工作\n1. 任务。(责任单位:区发改委)\n";
        assertEquals(hash(Format.PLAN_TEXT, text), hash(Format.PLAN_TEXT, "\uFEFF" + text.replace("\n", "\r\n") + "  \n\n"));
        assertEquals(hash(Format.PLAN_TEXT, text), hash(Format.PLAN_TEXT, text.replace("工作\n", "工作 \u3000\n")));
    }

    @Test
    void shouldTellDifferentTextsAndFormatsApart() {
        String text = "一、2019年重点工作\n1. 任务。(责任单位:区发改委)";
        assertNotEquals(hash(Format.PLAN_TEXT, text), hash(Format.PLAN_TEXT, text.replace("发改委", "财政局")));
        assertNotEquals(hash(Format.PLAN_TEXT, text), hash(Format.TABLE_TEXT, text));
        assertEquals(64, hash(Format.PLAN_TEXT, text).length());
    }
}

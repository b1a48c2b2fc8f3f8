package org.duban.progress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duban.progress.report.TextDiff.Change;
import org.duban.progress.report.TextDiff.Granularity;
import org.duban.progress.report.TextDiff.Op;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void showsTheChangedSentenceBetweenVersions() {
        String v1 = "已完成低涵改造。溢洪道正在施工。下一步加快进度。";
        String v2 = "已完成低涵改造。已完成溢洪道改造。下一步加快进度。";
        List<Change> d = TextDiff.diff(v1, v2, Granularity.SENTENCE);
        assertEquals(List.of(new Change(Op.SAME, "已完成低涵改造。"), new Change(Op.REMOVED, "溢洪道正在施工。"),
                new Change(Op.ADDED, "已完成溢洪道改造。"), new Change(Op.SAME, "下一步加快进度。")), d);
        assertEquals("  已完成低涵改造。\n- 溢洪道正在施工。\n+ 已完成溢洪道改造。\n  下一步加快进度。\n", TextDiff.unified(d));
    }

    @Test
    void semicolonsSplitSentencesToo() {
        List<Change> d = TextDiff.diff("立案26件;受理信访举报26件。", "立案27件;受理信访举报26件。", Granularity.SENTENCE);
        assertEquals(new Change(Op.SAME, "受理信访举报26件。"), d.get(d.size() - 1));
        assertEquals(2, d.stream().filter(c -> c.op() != Op.SAME).count());
    }

    @Test
    void lineGranularityComparesWholeLines() {
        List<Change> d = TextDiff.diff("a\nb\nc\n", "a\nc\nd\n", Granularity.LINE);
        assertEquals(List.of(new Change(Op.SAME, "a"), new Change(Op.REMOVED, "b"), new Change(Op.SAME, "c"),
                new Change(Op.ADDED, "d")), d);
    }

    @Test
    void identicalTextsHaveNoChange() {
        assertFalse(TextDiff.changed(TextDiff.diff("同一文本。", "同一文本。", Granularity.SENTENCE)));
        assertTrue(TextDiff.changed(TextDiff.diff("", "新增。", Granularity.SENTENCE)));
    }
}

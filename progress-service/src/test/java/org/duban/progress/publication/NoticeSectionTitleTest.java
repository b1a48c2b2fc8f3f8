package org.duban.progress.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoticeSectionTitleTest {

    @Test
    void narratesByTheSecondLevelSectionWithoutItsNumbering() {
        assertEquals("坚持发展第一要务,推动经济持续健康发展",
                DocumentBuilder.sectionTitle("二、重点工作 / (一)坚持发展第一要务,推动经济持续健康发展 / ——坚持高效履责"));
        assertEquals("坚持以行动政府为目标", DocumentBuilder.sectionTitle("二、重点工作 / (五)坚持以行动政府为目标"));
    }

    @Test
    void namesTheIndicatorAndItsTargetFromTheTaskTitle() {
        assertEquals("地区生产总值", DocumentBuilder.indicatorName("地区生产总值达到678亿元,增长9.5%"));
        assertEquals("达到678亿元,增长9.5%", DocumentBuilder.targetWording("地区生产总值达到678亿元,增长9.5%"));
        assertEquals("城镇登记失业率", DocumentBuilder.indicatorName("城镇登记失业率控制在4%以内"));
        assertEquals("城镇居民人均可支配收入", DocumentBuilder.indicatorName("城镇居民人均可支配收入3.61万元,增长9%"));
        assertEquals(null, DocumentBuilder.targetWording("完成全国第四次经济普查"));
    }

    @Test
    void aSingleLevelOrMissingPathStillHasATitle() {
        assertEquals("重点工作", DocumentBuilder.sectionTitle("重点工作"));
        assertEquals("民生实事", DocumentBuilder.sectionTitle("三、民生实事"));
        assertEquals("其他重点工作", DocumentBuilder.sectionTitle(null));
    }
}

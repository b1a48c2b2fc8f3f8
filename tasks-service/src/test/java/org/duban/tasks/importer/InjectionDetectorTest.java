package org.duban.tasks.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionDetectorTest {

    @Test
    void shouldFindGamblingAdsInGovernmentText() {
        assertEquals(List.of("买足球的软件"), InjectionDetector.find("按照市人民政府《买足球的软件进一步加强政府投资项目管理的意见》执行"));
        assertEquals(List.of("365bet体育投注"), InjectionDetector.find("细化、量化行政裁量标准,加大365bet体育投注力度"));
        assertEquals(1, InjectionDetector.find("详见 http://example.invalid/x 了解").size());
    }

    @Test
    void shouldLeaveOrdinaryGovernmentWordingAlone() {
        assertTrue(InjectionDetector.find("依法打击赌博违法犯罪,规范体育彩票销售,开展足球进校园活动").isEmpty());
    }

    @Test
    void shouldWarnWithLineAndCleanedSuggestion() {
        Warnings w = new Warnings();
        InjectionDetector.check("促进买足球的软件民间资本投入", 571, "第31项目标任务", w);
        ImportWarning warning = w.list().get(0);
        assertEquals(WarningCode.INJECTED_TEXT, warning.code());
        assertEquals(571, warning.line());
        assertTrue(warning.suggestion().contains("促进民间资本投入"), warning.suggestion());
    }

    /** A newcomer trial: the 2015 report's "严厉打击地下“六合彩”" is the government's own wording, not spam. */
    @Test
    void shouldLeaveTheGamblingTheReportFightsAlone() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), InjectionDetector.find("严厉打击地下“六合彩”等违法犯罪活动。"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), InjectionDetector.find("依法整治百家乐赌博窝点。"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("六合彩"), InjectionDetector.find("推进社区建设。六合彩开奖结果"));
    }
}

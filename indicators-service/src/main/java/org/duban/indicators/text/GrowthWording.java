package org.duban.indicators.text;

import java.util.regex.Pattern;

/**
 * Words a statistics bureau puts between an indicator and its figure that change nothing in it:
 * <ul>
 * <li>"社会消费品零售总额8562.4亿元,同比名义增长11.1%", "全体居民人均可支配收入15862元,同比名义增长8.4%" (a province's
 * 前三季度 经济运行情况, batch x's x03): the nominal growth is the growth the corpus records (the real one, when printed,
 * comes after 扣除价格因素 and is a comparison); 名义 was read as the name of an indicator outside the catalog and the
 * growth was lost;</li>
 * <li>"全县500万元以上固定资产投资同比增长17.9%" (a county's 1-5月 主要经济指标完成情况, batch x's x04), "5000万元及以上
 * 固定资产投资": the statistical threshold of the investment survey is no figure of the indicator — its 500 was read
 * as the figure, with no name before it.</li>
 * </ul>
 */
public final class GrowthWording {

    private static final Pattern NOMINAL = Pattern.compile("名义(?=增长|下降|增速|增幅)");
    private static final Pattern THRESHOLD = Pattern.compile("\\d+(?:\\.\\d+)?(?:万|亿)?元(?:及|或)?以上(?:的)?(?=(?:全社会)?(?:固定资产)?投资)");

    private GrowthWording() {
    }

    /** {@code text} without 名义 before a growth and without the threshold before an investment. */
    public static String plain(String text) {
        return THRESHOLD.matcher(NOMINAL.matcher(text).replaceAll("")).replaceAll("");
    }
}

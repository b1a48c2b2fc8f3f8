package org.duban.indicators.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The indicators and every name they go by; finds indicator names in report text. */
public final class IndicatorCatalog {

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, Indicator> byName = new LinkedHashMap<>();
    /** Names longest first so that 规模以上工业增加值 wins over 工业增加值 at the same position. */
    private final List<Map.Entry<String, Indicator>> namesLongestFirst;

    public IndicatorCatalog(Collection<Indicator> indicators) {
        for (Indicator indicator : indicators) {
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("duplicate indicator code " + indicator.code());
            }
            for (String name : indicator.names()) {
                Indicator previous = byName.putIfAbsent(key(name), indicator);
                if (previous != null && previous != indicator) {
                    throw new IllegalArgumentException(
                            "name " + name + " used by " + previous.code() + " and " + indicator.code());
                }
            }
        }
        for (Indicator indicator : byCode.values()) {
            for (String name : indicator.names()) {
                for (String variant : GdpDenominator.variants(name)) {
                    byName.putIfAbsent(key(variant), indicator); // a name of its own (given above) is never taken
                }
            }
        }
        for (Indicator indicator : byCode.values()) {
            for (String other : indicator.distinctFrom()) {
                if (!byCode.containsKey(other)) {
                    throw new IllegalArgumentException(indicator.code() + " is distinct from unknown " + other);
                }
            }
        }
        namesLongestFirst = new ArrayList<>(byName.entrySet());
        namesLongestFirst.sort(Comparator.comparingInt((Map.Entry<String, Indicator> e) -> e.getKey().length())
                .reversed());
    }

    /**
     * Industry above designated size named alone before its growth rate: "上半年,规模以上工业增长8.1%" (a province's
     * half-year press conference, batch na's na03), "规上工业增长8%左右", "全市规模以上工业增长7.2%" — statistical shorthand
     * for its value added, as 国家统计局's releases write it. Only at a clause's start, after a time word or after the
     * region's own 全X there: after 其中 it is a part of whatever the clause before measured (能源消费总量, 工业用电量, 工业
     * 投资, 工业总产值…) — its value added only where that was a value added (全部工业增加值…,其中规模以上工业增长7.1%;
     * 第二产业增长8%,其中规模以上工业增长9%) — and "同期全省…" / "高于全市…" name another region (the review of batch na's
     * rules); nor a contribution (拉动规模以上工业增长9.2个百分点) nor points.
     */
    private static final java.util.regex.Pattern INDUSTRY_ALONE = java.util.regex.Pattern.compile(
            "(?:(?<=^|[,,;;::、。\\s)]|全年|半年|季度|月)(?<!其中[,,])|(?<=(?:工业增加值|第二产业(?:增加值)?)[^。;;]{0,30}其中[,,]?))"
            + "((?:全省|全市|全县|全区|全州|全盟)?)(规模以上工业|规上工业|规模工业)"
            // (or its 增速: "力争一季度规上工业增速8%左右", a city's first-quarter aims, batch oi's oi08)
            + "(?=(?:同比|比上年)?(?:增长|下降|增速(?:为|达到?)?)\\s*-?\\d+(?:\\.\\d+)?\\s*%)");

    /** {@code text} with industry above designated size named alone before its growth given as its value added. */
    public static String withIndustryValueAdded(String text) {
        return INDUSTRY_ALONE.matcher(text).replaceAll("$1$2增加值");
    }

    /**
     * 亿元 / 万元 with no figure before them, right before a name: a ratio per unit of it — "亿元GDP各类事故死亡人数0.113人,
     * 同比下降22.1%" (a county's 2012 bulletin, batch na's na07) is deaths per 100 million yuan of GDP, not GDP.
     */
    /**
     * A group or a part before 居民人均收入, with or without 常住: 城镇, 城市, 农村, 牧区, 市区, 城区, 主城, 乡村, 户籍 (常住 alone is all
     * residents: "全县常住居民人均收入" — the review of rounds 71–72's rules).
     */
    private static final java.util.regex.Pattern GROUP_BEFORE_RESIDENTS = java.util.regex.Pattern.compile(
            "(?:城镇|城市|农村|牧区|市区|城区|主城|乡村)(?:常住)?$|户籍$");
    /** The city proper, a part of the region: 市区, 城区, 主城. */
    private static final java.util.regex.Pattern URBAN_CORE = java.util.regex.Pattern.compile("(?:市区|城区|主城)(?:居民)?$");
    /** The planned total of projects said after an investment's name: 在建计划总投资, 项目计划总投资. */
    private static final java.util.regex.Pattern PLANNED_TOTAL_AFTER = java.util.regex.Pattern.compile("(?:在建)?(?:项目)?计划总投资");
    /**
     * An increase said before a stock: 新增, 净增, 增加 — and before the stock's part of town or country: "新增城镇常住人口1000人"
     * (a town's 2009 aims, round 68's rh06).
     */
    private static final java.util.regex.Pattern INCREASE_BEFORE = java.util.regex.Pattern.compile("(?:新增|净增|增加)(?:城镇|城市|农村|乡村)?$");
    private static final java.util.regex.Pattern PEOPLE_AS_ATTRIBUTE = java.util.regex.Pattern.compile("收入|(?:技能|职业|岗位|就业|创业|转岗)?培训|人次");
    /** A kind of deposit right before 存款: a part of the deposits of every kind (储蓄存款余额 is households' savings). */
    private static final java.util.regex.Pattern KIND_OF_DEPOSIT = java.util.regex.Pattern.compile("(?:储蓄|住户|单位|企业|个人|定期|活期|对公)$");
    /**
     * A kind of services before 服务业: "信息传输、软件和信息技术服务业增加值1819.13亿元", "租赁和商务服务业增加值" (上海's
     * 生产总值 table by industry, batch ng's ng08), 现代服务业, 生产性服务业 — one industry of the services, a part of the
     * tertiary industry's value added, not all of it (two were read as 第三产业增加值, in conflict).
     */
    private static final java.util.regex.Pattern KIND_OF_SERVICE = java.util.regex.Pattern.compile(
            "(?:技术|商务|信息|现代|生产性|生活性|科技|居民|公共|其他|营利性|物流|金融|文化|体育|家庭|健康|养老|旅游|软件|运输|商贸"
            + "|数字|电商|会展|餐饮|租赁|中介)$");
    /**
     * A group of industries by its standing right before 工业: "全县六大支柱及特色工业增加值增长14.5%" (a county's 前三季度
     * release, batch ni's ni07) — the group's, not the region's industry (not before 规模以上…: "突出特色规模以上工业…" is a
     * verb's object, the review).
     */
    private static final java.util.regex.Pattern STANDING = java.util.regex.Pattern.compile("(?:支柱|特色|主导|优势)(?:产业)?$");
    /** The town's or the countryside's share of retail sales: "城市消费品零售总额", "县及县以下消费品零售总额". */
    private static final java.util.regex.Pattern PART_OF_RETAIL = java.util.regex.Pattern.compile(
            "(?:城市|城镇|城区|市区|乡村|农村|县及县以下|县以下|县城)$");
    /** An industry of one kind before 工业: 轻工业, 加工业, 能源工业, 装备工业, 化学工业 … (a part of all industry). */
    private static final java.util.regex.Pattern INDUSTRY_OF_A_KIND = java.util.regex.Pattern.compile(
            "(?:[轻重加手]|能源|装备|冶金|化学|化工|建材|电力|煤炭|有色|电子|信息|纺织|轻纺|机械|食品|医药|军工|钢铁|石化)$");
    private static final java.util.regex.Pattern SEASON_OF_GRAIN = java.util.regex.Pattern.compile("(?:小春|大春|夏季|秋季|夏收|秋收|早季|晚季)$");
    private static final java.util.regex.Pattern PER_UNIT_OF = java.util.regex.Pattern.compile(
            "(?:^|[^\\d.〇零一二两三四五六七八九十百千几])(?:亿元|万元)(?:地区|国内)?(?:生产总值|GDP)?$");
    private static final java.util.regex.Pattern BELOW_THRESHOLD = java.util.regex.Pattern.compile("(?:规下|规模以下|限下|限额以下)$");
    /**
     * A group of people before a figure per head that is not the rural residents': 人均纯收入 alone is theirs (纯收入 was
     * only ever measured of rural households), 贫困户人均纯收入, 渔民人均纯收入, 城镇居民人均纯收入 are not (the review of
     * batch mt's rules); nor a household of theirs (农场职工家庭人均纯收入, a 农垦 bureau's year in a yearbook, round 64's ra04).
     */
    private static final java.util.regex.Pattern OTHER_GROUP = java.util.regex.Pattern.compile(
            "(?:贫困户|贫困人口|脱贫户|脱贫人口|建档立卡|低收入|渔民|城镇居民|城市居民|城镇|职工|移民|困难群众|户籍人口)(?:家庭)?$");
    /** A count of projects right after a name: "建设项目99个", "项目45个". */
    private static final java.util.regex.Pattern PROJECTS_COUNTED = java.util.regex.Pattern.compile("(?:建设)?项目\\d");
    /** A group of residents before a figure per head: 农村, 农民, 农牧民, 乡村, 城镇, 城市, and both (城乡) before a 分别. */
    // (and their area: 农村地区, 城镇居民 — the review of round 52's rules)
    private static final java.util.regex.Pattern RESIDENTS_GROUP = java.util.regex.Pattern.compile("(?:农村|农民|牧民|乡村|城乡|城镇|城市)(?:地区|居民|常住居民)?$");
    /**
     * 经济发展 / 经济增长 as the economy's stage or manner, not its output: "处于经济发展上升期、…西部经济发展高地奠基期" (a
     * newspaper's digest of a 2010 report, batch mv's mv01, read as a GDP target), 经济发展质量, 经济增长方式.
     */
    private static final java.util.regex.Pattern ECONOMY_AS_A_WHOLE = java.util.regex.Pattern.compile(
            "上升期|阶段|时期|方式|质量|动能|动力|环境|形势|态势|高地|格局|新常态|大局|的基础");
    /**
     * A part of investment named before it: "实现工业固定资产投资1.42亿元,完成年任务14亿元的10.2%" (a county park's 1—3月
     * report, batch mu's mu03, read as the park's whole investment), 民间, 制造业, 基础设施, 房地产, 技改.
     */
    private static final java.util.regex.Pattern PART_OF_INVESTMENT = java.util.regex.Pattern.compile(
            "(?:工业|制造业|农业|民间|基础设施|基建|房地产|技改|技术改造|交通|产业)$");
    /**
     * A kind of economy before 经济增长 / 经济总量, not the whole of it: "新经济增长20%以上" (a district's targets in a news
     * item, batch mv's mv04, read as GDP growth), 数字经济, 民营经济, 海洋经济 — 新 only where a clause starts (阜新经济总量 is
     * a city's GDP: the review of batch mv's rules).
     */
    private static final java.util.regex.Pattern KIND_OF_ECONOMY = java.util.regex.Pattern.compile(
            // (and the farms' and villages': "新疆农业农村经济发展将实现农业增加值增长6%以上", a wire on a region's rural work
            // conference, batch pf's pf08, read as GDP)
            "(?:(?:(?<![\\u4e00-\\u9fff])|(?<=其中|以及|和|、))新|创新|数字|民营|非公有制|非公|海洋|实体|开放型|外向型|夜间|平台|集体|文化|旅游|总部|枢纽|临空"
            // (not 县域, 园区: in the county's or the park's own report, "县域经济增长7.5%" is its own product — the review)
            // (and a sector's or a potential's: "工业经济增长率", "服务业经济增长率", "潜在经济增长率" — the review of round 46's
            // rules, once 经济增长率 had become GDP's)
            + "|农业农村|农村|工业|农业|服务业|潜在)$");
    /**
     * The part of retail sold by the enterprises above the survey's threshold: "其中,限额以上消费品零售总额111.20亿元"
     * (a city's 2020 March brief, batch mo's mo01, read as the city's retail and flagged as a second figure). Unlike
     * 规模以上, which the catalog's names carry, 限额以上 before a name the catalog gives without it is a part.
     */
    /** Foreign capital contracted, not used: 合同利用外资 is no 实际利用外资 (利用外资 alone is, batch nq's nq06). */
    // (nor signed, approved or counted in projects: 新签利用外资合同额, 签约利用外资, 利用外资协议额, 批准利用外资项目 — the review)
    private static final java.util.regex.Pattern CONTRACTED = java.util.regex.Pattern.compile("(?:合同|协议|签约|新签|批准|新批|审批)$");
    private static final java.util.regex.Pattern CONTRACTED_AFTER = java.util.regex.Pattern.compile("合同|协议|项目");
    /** The names a contract can come before (协议外商直接投资 is capital contracted, not used — batch my's my06). */
    private static final java.util.regex.Pattern CONTRACTIBLE = java.util.regex.Pattern.compile("利用外资|利用内资|外商直接投资|吸收外商投资");
    // (and before a name inside another: "限额以上社会消费品零售总额增长56%" gave 消费品零售总额 to the region's retail, a
    // development zone's targets, batch nq's nq06)
    /**
     * A product's trade is a part of the trade: "全市农副产品累计出口29704万美元", "其中食用菌出口28196万美元" (a city's 商务
     * half-year summary, batch pg's pg01, each recorded as the city's exports); so is a channel's, "跨境电商出口额7亿美元" (a
     * district's plan report, round 53's qe03).
     */
    private static final java.util.regex.Pattern PRODUCT_BEFORE = java.util.regex.Pattern.compile(
            "(?:产品|制品|(?<![物商])品|菌|茶叶|钢材|服装|纺织|机电|汽车|粮食|水果|蔬菜|矿产|电商|电子商务|跨境)(?:累计|实现|完成)?$");
    private static final java.util.regex.Pattern ABOVE_LIMIT = java.util.regex.Pattern.compile("(?:限上|限额以上)(?:社会|单位|企业)?$");
    /**
     * Deposits in all currencies: "金融机构本外币存款余额361.61亿元" (a county's 1-5月 report, batch mq's mq08; o01, x01) is
     * not the RMB balance the catalog keeps.
     */
    /**
     * The industry a level of government runs: "地方规模以上工业完成增加值13.8亿元" (a district's note beside its central
     * enterprise's figures, batch mo's mo03), "区属规上工业" — a part of the region's industry above designated size.
     */
    private static final java.util.regex.Pattern LOCAL_PART = java.util.regex.Pattern.compile("(?:地方|区属|县属|市属)(?:规模以上|规上|规模)?$");
    /** The kinds of economy whose figures are a part of the region's: 民营经济, 非公有制经济, 园区经济 …. */
    public static final String KINDS_OF_ECONOMY = "(?:民营|非公有制|非公|个体私营|私营|个私|园区)经济";
    /** A kind of economy whose figures are a part of the region's: 民营经济, 非公有制经济, 个体私营经济 (and 实现/完成). */
    private static final java.util.regex.Pattern KIND_OF_ECONOMY_PART = java.util.regex.Pattern.compile(
            KINDS_OF_ECONOMY + "(?:实现|完成|累计完成)?(?:地区|全部|规上|规模以上)?$");
    private static final java.util.regex.Pattern ALL_CURRENCIES = java.util.regex.Pattern.compile("本外币(?:月末)?(?:各项)?$");
    private static final java.util.regex.Pattern ALL_CURRENCIES_AFTER = java.util.regex.Pattern.compile("^[((]本外币[))]");
    /**
     * A contribution to it: "对全市经济增长的贡献率合计为59.1%" (a city's half-year brief, batch mq's mq06, read as GDP growth
     * of 59.1 %) — the share of its growth some part gave, not the indicator.
     */
    private static final java.util.regex.Pattern CONTRIBUTION = java.util.regex.Pattern.compile("^(?:的)?(?:贡献率|贡献度|贡献)");
    /**
     * Its prices: "固定资产投资价格上涨7.2%" (a county's 2011 公报, round 59's qq08, read as the investment's growth) is the price
     * index of it, not it.
     */
    private static final java.util.regex.Pattern PRICES_OF_IT = java.util.regex.Pattern.compile("^(?:的)?价格");
    /**
     * What comes right after a total's name when the figure is not the total's: a part inside it ("公共财政支出中民生支出6.2亿元"),
     * its use ("用于民生的比重达到70%") — the review of round 56's rules.
     */
    private static final java.util.regex.Pattern NOT_THE_TOTAL_AFTER = java.util.regex.Pattern.compile(
            "^(?:中(?=[\\u4e00-\\u9fff])(?!心|央|国|部|小)|用于"
            // (nor the funds that came in for it: "固定资产投资本年实际到位资金2491.70亿元" — a province's 前三季度, round 65's rc05)
            + "|(?:本年)?(?:实际)?到位资金|资金来源)");
    /** 人均 before a total's name, in the same name: "人均地方财政收入", "人均社会消费品零售总额". */
    private static final java.util.regex.Pattern PER_HEAD_BEFORE = java.util.regex.Pattern.compile("人均[^\\s\\d,,、。;;::和及与]{0,4}$");
    /**
     * A sector's own figure: "汽车零部件产业完成规上工业产值86.5亿元", "新能源汽车产业规上工业产值突破200亿元"; or a group of
     * firms': "高新技术企业完成工业总产值579.79亿元" (batch ml's ml02; the names that open with the firms above the
     * designated size, 规模以上企业完成工业总产值, are the catalog's own and start earlier).
     */
    // (and an industry's by its kind: "高新技术和数字经济规上工业增加值分别增长6.9%和16.3%", a county's half-year release, batch
    // my's my01, read as the county's industry)
    // (and agriculture's own services: "农林牧渔业及服务业增加值同比增长8.0%", a prefecture's 2011 half year, batch od's
    // od06 — read as the region's 服务业增加值)
    /** The sectors whose 生产总值 is their gross output, not the region's GDP: 工业生产总值, 农业生产总值. */
    private static final java.util.Set<String> SECTOR_OF_OUTPUT = java.util.Set.of("工业", "农业", "林业", "渔业", "牧业");
    // (and a field: "在农业农村领域固定资产投资增长10%", "在高新技术产业领域实现工业增加值增长12%" are the field's, not the region's
    // — found by the review of round 50's rules, the same in the reader before it)
    private static final java.util.regex.Pattern SECTOR = java.util.regex.Pattern.compile("(?:产业|行业|领域|高新技术|高技术|数字经济|制造业"
            + "|(?<!规上|规模以上|规模|工业)企业|农林牧渔业?(?:及其?|和|与)?)"
            + "(?:规上|规模以上)?(?:累计)?(?:完成|实现)?$");
    /** A count of firms above an amount of it: "规上工业产值过亿元企业达到30家". */
    private static final java.util.regex.Pattern FIRMS_ABOVE = java.util.regex.Pattern.compile(
            "(?:过|超过?)\\s*(?:\\d+(?:\\.\\d+)?)?\\s*(?:亿|万)元(?:以上)?(?:的)?(?:企业|项目)");

    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Indicator> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** An indicator by its code or by one of its names, as typed in a CSV cell. */
    public Optional<Indicator> resolve(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return byCode(codeOrName).or(() -> Optional.ofNullable(byName.get(key(codeOrName.trim()))));
    }

    /**
     * The first indicator name in {@code text} at or after {@code from}: earliest start, then longest name. A name right
     * after 规下 / 规模以下 / 限下 / 限额以下 is the part below the survey's threshold (after 限上 / 限额以上 the part above
     * it; after 本外币, deposits in all currencies; before 的贡献率, a contribution to it), no indicator of the catalog
     * ("规下工业增加值增长15%", a town's 2025 targets, batch mk's mk07, was read as industry above designated size); a name
     * right before 能耗 is the energy used per unit of it (规模以上工业产值能耗), not it; nor is a sector's (…产业完成规上
     * 工业产值) or a count of firms above an amount of it (…产值过亿元企业) — the review of batch mk's rules.
     */
    public Optional<IndicatorMatch> findFirst(String text, int from) {
        String haystack = key(text);
        IndicatorMatch best = null;
        for (Map.Entry<String, Indicator> entry : namesLongestFirst) {
            int at = haystack.indexOf(entry.getKey(), from);
            while (at >= 0 && (BELOW_THRESHOLD.matcher(haystack.substring(Math.max(0, at - 4), at)).find()
                    || ABOVE_LIMIT.matcher(haystack.substring(Math.max(0, at - 6), at)).find()
                    || CONTRACTIBLE.matcher(entry.getKey()).lookingAt() && (CONTRACTED.matcher(haystack.substring(Math.max(0, at - 2), at)).find()
                            || CONTRACTED_AFTER.matcher(haystack.substring(at + entry.getKey().length())).lookingAt())
                    || ALL_CURRENCIES.matcher(haystack.substring(Math.max(0, at - 7), at)).find()
                    || ALL_CURRENCIES_AFTER.matcher(haystack.substring(at + entry.getKey().length())).lookingAt()
                    // (and the inner name after it: 区属规上工业总产值 is no 工业总产值 either — the review of batch mq)
                    || entry.getKey().contains("工业") && LOCAL_PART.matcher(haystack.substring(Math.max(0, at - 6), at)).find()
                    // (and a kind of economy's own: "民营经济工业增加值90万元,占年度目标任务50%" — a 乡's half year, round 52's qc06;
                    // "非公有制经济实现生产总值60亿元" — the review of round 50's rules)
                    || KIND_OF_ECONOMY_PART.matcher(haystack.substring(Math.max(0, at - 10), at)).find()
                    || CONTRIBUTION.matcher(haystack.substring(at + entry.getKey().length())).lookingAt()
                    || PRICES_OF_IT.matcher(haystack).region(at + entry.getKey().length(), haystack.length()).lookingAt()
                    || SECTOR.matcher(haystack.substring(Math.max(0, at - 10), at)).find()
                    || FIRMS_ABOVE.matcher(haystack.substring(at + entry.getKey().length())).lookingAt()
                    // (a name ending in 产 before 值 is a gross output's: 粮豆薯总产值 is no 粮豆薯总产 — the review of round 54's rules)
                    || entry.getKey().endsWith("产") && haystack.startsWith("值", at + entry.getKey().length())
                    // (a count of projects is no investment: "固定资产投资建设项目99个" — a county's 1~11月 news, round 55's qi06; "固定资产
                    // 投资项目完成投资38亿元" is the investment — the review of round 55's rules)
                    || entry.getKey().endsWith("投资") && PROJECTS_COUNTED.matcher(haystack).region(at + entry.getKey().length(),
                            haystack.length()).lookingAt()
                    || entry.getKey().startsWith("人均") && OTHER_GROUP.matcher(haystack.substring(Math.max(0, at - 6), at)).find()
                    // (人均可支配收入 alone is the residents' together, not the rural's: 农村人均可支配收入 — round 52's qb08)
                    // (a total after 人均 is its share per head: "人均公共财政支出2.1万元" is no 一般公共预算支出 — round 56; and with
                    // words between, "人均地方财政收入", but not a per-head indicator's own name, "人均居民收入" — its review)
                    || !entry.getKey().contains("人均") && !entry.getValue().nameZh().contains("人均")
                            && PER_HEAD_BEFORE.matcher(haystack).region(Math.max(0, at - 6), at).find()
                    || NOT_THE_TOTAL_AFTER.matcher(haystack).region(at + entry.getKey().length(), haystack.length()).lookingAt()
                    || entry.getKey().equals("人均可支配收入") && RESIDENTS_GROUP.matcher(haystack.substring(Math.max(0, at - 6), at)).find()
                    || entry.getKey().endsWith("固定资产投资") && PART_OF_INVESTMENT.matcher(haystack.substring(Math.max(0, at - 4), at)).find()
                    || entry.getKey().startsWith("经济") && ECONOMY_AS_A_WHOLE.matcher(haystack).region(at + entry.getKey().length(),
                            haystack.length()).lookingAt()
                    || entry.getKey().startsWith("经济") && KIND_OF_ECONOMY.matcher(haystack).region(Math.max(0, at - 5), at).useTransparentBounds(true).find()
                    // (and with the whole's name after the unit: "亿元生产总值生产安全事故死亡人数" is a rate per 亿元 of GDP — a
                    // province's 2009 plan, round 65's rb05, read as a count of deaths)
                    || PER_UNIT_OF.matcher(haystack.substring(Math.max(0, at - 9), at)).find()
                    // (a name right before 率 is a rate of it: 生产安全事故死亡率 is no count of deaths — the review of batch na)
                    || !entry.getKey().endsWith("率") && haystack.startsWith("率", at + entry.getKey().length())
                    // (轻工业增加值, 重工业增加值 are the two halves of it — a county's 一季度 release, batch na's na02; 加工业, 手工业
                    // and the pillars of a region's industry are industries of their own: "木材加工业增加值同比增长13.8%" — a
                    // province's forestry, round 52's qc09; "能源工业增加值同比增长7.4%" beside 规上工业增加值 — round 57's qm10)
                    || entry.getKey().startsWith("工业") && INDUSTRY_OF_A_KIND.matcher(haystack).region(Math.max(0, at - 2), at).find()
                    // (规模以上工业单位增加值能耗 is industry's energy per unit of its value added, not the region's: na09)
                    || entry.getKey().startsWith("单位增加值") && haystack.startsWith("工业", Math.max(0, at - 2))
                    // (小春粮食总产量 is the spring harvest's, a part of the year's grain, as 夏粮 is: a province's 1—6月 plan
                    // execution, batch nc's nc02)
                    // (the town's and the countryside's retail sales are its two halves: "城市消费品零售总额67334万元,增长4.7%;
                    // 县及县以下消费品零售总额10.19亿元" under 社会消费品零售总额 — a 一季度 release of 西藏, round 56's qk10)
                    || entry.getKey().startsWith("消费品零售") && PART_OF_RETAIL.matcher(haystack.substring(Math.max(0, at - 5), at)).find()
                    || entry.getKey().startsWith("粮食") && SEASON_OF_GRAIN.matcher(haystack.substring(Math.max(0, at - 2), at)).find()
                    // (a count of people before 收入 or 培训 is their income or training: "农村劳动力转移输出收入8.6亿元" — the review
                    // of batch nc's rules)
                    // (an increase of the population is no population: "新增常住人口2.04万人" — a 兵团 division's 2022, round 50's py05)
                    || "万人".equals(entry.getValue().unit()) && entry.getKey().contains("人口") && at >= 2
                            && INCREASE_BEFORE.matcher(haystack.substring(Math.max(0, at - 4), at)).find()
                    || "万人".equals(entry.getValue().unit()) && PEOPLE_AS_ATTRIBUTE.matcher(haystack).region(
                            at + entry.getKey().length(), haystack.length()).lookingAt()
                    // (出口交货值 is industry's output delivered for export, no 出口总额 of trade: a town's 2010 targets, nb06;
                    // 出口产品交货值 alike, a city's 1—4月 table, nt10)
                    // (出口 inside 进出口 is no export: "属地企业进出口贸易额增长13%" — a city's half-year plan report, round 71's ro02,
                    // whose trade, set apart as the local firms', was read as exports)
                    || entry.getKey().startsWith("出口") && at > 0 && haystack.charAt(at - 1) == '进'
                    || (entry.getKey().startsWith("出口") || entry.getKey().startsWith("进口"))
                            && PRODUCT_BEFORE.matcher(haystack.substring(Math.max(0, at - 6), at)).find()
                    // (the planned total of the projects under way is no investment done: "固定资产投资在建计划总投资为1020.62亿元"
                    // — a province's first quarter, round 69's rk02)
                    || entry.getKey().endsWith("投资") && PLANNED_TOTAL_AFTER.matcher(haystack).region(
                            at + entry.getKey().length(), haystack.length()).lookingAt()
                    // (the city proper's residents are a part of the region's: "市区居民人均可支配收入10167元" — a city's 5月份
                    // work summary, round 70's rm08)
                    || entry.getKey().contains("人均可支配收入") && URBAN_CORE.matcher(haystack.substring(Math.max(0, at - 4), at)).find()
                    // (居民人均收入 alone is all residents': not inside a group's or a part's name, 城镇常住居民人均收入, 农牧区居民…,
                    // 市区居民… — the review of round 70's rules)
                    || entry.getKey().equals("居民人均收入") && GROUP_BEFORE_RESIDENTS.matcher(haystack.substring(Math.max(0, at - 4), at)).find()
                    || haystack.startsWith("交货值", at + entry.getKey().length())
                    || haystack.startsWith("产品交货值", at + entry.getKey().length())
                    // (and 出口商品交货值: "全社会出口商品交货值6.8亿元" — a county's 2007 公报, round 48's pu06)
                    || haystack.startsWith("商品交货值", at + entry.getKey().length())
                    // (储蓄存款余额, 住户存款余额 are kinds of deposit, parts of all deposits: a city's 1-8月 analysis, ne08)
                    || entry.getKey().startsWith("工业") && STANDING.matcher(haystack.substring(Math.max(0, at - 4), at)).find()
                    // (非粮食作物播种面积 is the area of every crop but grain: no word of a name after 非 — the review)
                    || at > 0 && haystack.charAt(at - 1) == '非'
                    // (可支配财政收入 is what a government may spend after transfers, no revenue collected: "镇本级可支配财政
                    // 收入6.07亿元" — a town's 2014 targets, round 45's pn02, read as 财政总收入)
                    || entry.getKey().startsWith("财政") && haystack.startsWith("可支配", Math.max(0, at - 3))
                    // (规模以上工业累计产值销售率 is a rate of sales to output, no output)
                    // (工业生产总值 is a loose name of the industry's gross output, 农业生产总值 of farming's: no GDP — a park's
                    // 1至5月 report, batch of's of05, recorded its 5.88亿元 as the region's GDP)
                    || entry.getKey().equals("生产总值") && at >= 2 && SECTOR_OF_OUTPUT.contains(haystack.substring(at - 2, at))
                    // (海洋生产总值 is the ocean economy's, a part: "海洋生产总值突破2万亿元" in a province's review, batch ol's
                    // ol06, was recorded as the province's GDP)
                    || entry.getKey().equals("生产总值") && KIND_OF_ECONOMY.matcher(haystack).region(Math.max(0, at - 5), at)
                            .useTransparentBounds(true).find()
                    || haystack.startsWith("销售率", at + entry.getKey().length())
                    || haystack.startsWith("产销率", at + entry.getKey().length())
                    || entry.getKey().startsWith("服务业") && KIND_OF_SERVICE.matcher(haystack.substring(Math.max(0, at - 3), at)).find()
                    || entry.getKey().startsWith("存款") && KIND_OF_DEPOSIT.matcher(haystack.substring(Math.max(0, at - 2), at)).find()
                    || haystack.startsWith("能耗", at + entry.getKey().length())
                    || haystack.startsWith("综合能耗", at + entry.getKey().length())
                    || haystack.startsWith("能源消耗", at + entry.getKey().length()))) {
                at = haystack.indexOf(entry.getKey(), at + 1);
            }
            if (at >= 0 && (best == null || at < best.start())) {
                best = new IndicatorMatch(entry.getValue(), text.substring(at, at + entry.getKey().length()), at,
                        at + entry.getKey().length());
            }
        }
        return Optional.ofNullable(best);
    }

    /** A run of Han characters with single spaces inside it ("地区 生产 总值增长"), the PDF's habit. */
    private static final java.util.regex.Pattern SPACED_RUN = java.util.regex.Pattern.compile(
            "(?<![\\u4e00-\\u9fff])[\\u4e00-\\u9fff]++(?:[ \\u3000\\u00A0][\\u4e00-\\u9fff]++)++");

    /**
     * {@code text} with the spaces a PDF's text put inside an indicator's name taken out: "地区 生产 总值增长6.5%左右",
     * "社会消费品 零售总额增长8%", "规模以上工 业增加值" (the break-it trial after round 39: each had become a target outside the
     * catalog, a notice's figure "not in the catalog"). A space goes only where a name of this catalog of three characters
     * or more runs across it; every other space stays ("地区生产总值 亿元 286.4", a table's cells; "目标 地区生产总值").
     * Any characters; the catalog's names are simplified, so traditional text is joined once simplified.
     */
    public String withSpacedNamesJoined(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher run = SPACED_RUN.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (run.find()) {
            String written = run.group();
            StringBuilder compact = new StringBuilder(written.length());
            List<Integer> spaces = new ArrayList<>(); // each space's place in the compact run (the boundary it stood on)
            for (int i = 0; i < written.length(); i++) {
                char c = written.charAt(i);
                if (c == ' ' || c == '\u3000' || c == '\u00A0') {
                    spaces.add(compact.length());
                } else {
                    compact.append(c);
                }
            }
            boolean[] joined = new boolean[spaces.size()];
            boolean any = false;
            String haystack = compact.toString();
            List<String> names = new ArrayList<>(spannedNames());
            for (Map.Entry<String, Indicator> name : namesLongestFirst) {
                if (name.getKey().length() < 3) {
                    break;
                }
                names.add(name.getKey());
            }
            for (String name : names) {
                for (int at = haystack.indexOf(name); at >= 0; at = haystack.indexOf(name, at + 1)) {
                    for (int k = 0; k < joined.length; k++) {
                        if (spaces.get(k) > at && spaces.get(k) < at + name.length()) {
                            joined[k] = true;
                            any = true;
                        }
                    }
                }
            }
            if (!any) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, run.start());
            int k = 0;
            for (int i = 0; i < written.length(); i++) {
                char c = written.charAt(i);
                boolean space = c == ' ' || c == '\u3000' || c == '\u00A0';
                if (!space || !joined[k++]) {
                    out.append(c);
                }
            }
            copied = run.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Words the readers make two indicators of, which no single name of the catalog spans: "城乡 居民 收入增长6%" was joined
     * to "城乡 居民收入" and read as all residents' income (the review of round 41's rules).
     */
    private static List<String> spannedNames() {
        return List.of("城乡居民", "城乡常住居民");
    }

    public Optional<IndicatorMatch> findFirst(String text) {
        return findFirst(text, 0);
    }

    /** The indicator whose name is exactly {@code text}. */
    public Optional<Indicator> byExactName(String text) {
        return Optional.ofNullable(byName.get(key(text)));
    }

    /**
     * A sentence telling a reader which of two confusable indicators a name was mapped to, or empty when the
     * indicator has no look-alike.
     */
    public Optional<String> choiceNote(Indicator chosen, String matchedName) {
        if (chosen.distinctFrom().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder note = new StringBuilder();
        note.append('“').append(matchedName).append("” → ").append(chosen.code()).append(' ')
                .append(chosen.nameZh()).append(",不是 / not ");
        for (int i = 0; i < chosen.distinctFrom().size(); i++) {
            Indicator other = byCode.get(chosen.distinctFrom().get(i));
            note.append(i == 0 ? "" : "、").append(other.code()).append(' ').append(other.nameZh());
        }
        return Optional.of(note.toString());
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}

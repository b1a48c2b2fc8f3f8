package org.duban.tasks.importer.document;

import java.util.regex.Pattern;

/**
 * Lines a saved or scraped web page adds around the document: the breadcrumb, print/close/share links, font
 * switches, visit counters, previous/next links and the footer; the page numbers of a printed or PDF file. They are never part of a plan; readers leave
 * them out and note where.
 */
public final class PageChrome {
    private static final Pattern CHROME = Pattern.compile(
            "^(首页|网站首页|主页)\\s*[>›»/]|当前位置|您的位置|您现在的位置|打印本页|关闭窗口|【打印】|【关闭】|\\[打印\\]|\\[关闭\\]"
                    + "|分享到|扫一扫|浏览量|打印\\s*[|｜]\\s*关闭|【\\s*打印\\s*】|返回顶部|上一篇|下一篇|浏览次数|阅读次数|访问次数|点击数[:：]|【字体|字体[:：]?\\s*[大中小]"
                    + "|字号[:：]?\\s*[大中小]|^主办(单位)?[:：].*(承办|技术支持|网站)|^技术支持[:：]|^承办[:：]|版权所有|ICP备|网站标识码|公网安备|网站地图|联系我们|无障碍浏览|收藏本页|设为首页");

    /**
     * A page number a PDF or a printed file leaves in its text, on a line of its own: "— 3 —", "- 3 -", "－3－", "第3页",
     * "第 3 页 共 12 页". Government documents (GB/T 9704) print "— 3 —" at the foot of every page; copied out of
     * a PDF it lands between the lines of a task, even inside its clause.
     */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[—\\-–－―一]{1,2}\\s*\\d{1,3}\\s*[—\\-–－―一]{1,2}$|^第\\s*\\d{1,3}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?$");

    private PageChrome() {}

    /** Whether a short line is page furniture rather than text of the document. */
    public static boolean is(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 120 && (CHROME.matcher(s).find() && !s.contains("。")
                || PAGE_NUMBER.matcher(s).matches());
    }
}

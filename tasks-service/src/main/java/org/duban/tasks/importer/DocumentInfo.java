package org.duban.tasks.importer;

import java.time.LocalDate;

/**
 * What a document says about itself.
 *
 * @param title         the plan or table title
 * @param number        document number such as 岸政办〔2019〕1号, or null
 * @param issuer        issuing office, or null
 * @param issueDate     date the document was signed (falls back to the publication date)
 * @param publishedDate date it was published on the web site, or null
 * @param regionName    the government it belongs to as named in the text (e.g. 武汉市江岸区), or null
 * @param year          the plan year
 */
public record DocumentInfo(String title, String number, String issuer, LocalDate issueDate, LocalDate publishedDate,
        String regionName, Integer year) {
    /**
     * The issuing office by its full name: {@code 武汉市江岸区人民政府办公室} when the head names the government
     * ({@code 武汉市江岸区人民政府办公室文件}), else as the page's 发布机构 writes it, or null.
     */
    public String fullIssuer() {
        return regionName != null ? regionName + "人民政府办公室" : issuer;
    }
}

package org.duban.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {"pager": {...}, "items": [...]}}. */
public record Page<T>(Pager pager, List<T> items) {

    public record Pager(int page, int pageSize, long total, int pageCount) {
        public static Pager of(PageQuery query, long total) {
            int pageCount = (int) ((total + query.pageSize - 1) / query.pageSize);
            return new Pager(query.page, query.pageSize, total, pageCount);
        }
    }

    public static <E, T> Page<T> of(PanacheQuery<E> panache, PageQuery query, Function<E, T> mapper) {
        long total = panache.count();
        List<T> items = panache.page(io.quarkus.panache.common.Page.of(query.page - 1, query.pageSize)).<E>list().stream()
                .map(mapper).toList();
        return new Page<>(Pager.of(query, total), items);
    }

    /** Pages a list already in memory (small, computed lists such as reports built from several sources). */
    public static <T> Page<T> ofList(List<T> all, PageQuery query) {
        int from = Math.min(query.offset(), all.size());
        int to = Math.min(from + query.pageSize, all.size());
        return new Page<>(Pager.of(query, all.size()), List.copyOf(all.subList(from, to)));
    }
}

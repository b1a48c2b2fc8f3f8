package org.duban.platform.paging;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.duban.platform.problem.ProblemException;

/**
 * Turns {@code sort=number,-updatedAt} into a Panache {@link Sort}, accepting only the API field
 * names a list allows (mapped to entity attributes), so a caller can never sort by an arbitrary column.
 */
public final class Sorting {
    private Sorting() {}

    public static Sort parse(String sort, Map<String, String> allowed, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        Sort result = null;
        for (String part : sort.split(",")) {
            boolean descending = part.startsWith("-");
            String field = descending ? part.substring(1) : part;
            String column = allowed.get(field);
            if (column == null) {
                throw ProblemException.invalid("sort", "cannot sort by '" + field + "'; allowed: " + String.join(", ",
                        new java.util.TreeSet<>(allowed.keySet())));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, direction) : result.and(column, direction);
        }
        return result;
    }
}

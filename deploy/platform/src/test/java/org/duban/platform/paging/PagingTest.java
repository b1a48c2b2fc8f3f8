package org.duban.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import org.duban.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static final Map<String, String> ALLOWED = Map.of("number", "number", "updatedAt", "updatedAt", "unit", "leadUnit.name");

    @Test
    void shouldCountPagesRoundingUp() {
        assertEquals(3, Page.Pager.of(new PageQuery(1, 50, null), 123).pageCount());
        assertEquals(0, Page.Pager.of(new PageQuery(1, 50, null), 0).pageCount());
        assertEquals(1, Page.Pager.of(new PageQuery(1, 50, null), 50).pageCount());
    }

    @Test
    void shouldPageAListInMemory() {
        Page<Integer> second = Page.ofList(List.of(1, 2, 3, 4, 5), new PageQuery(2, 2, null));
        assertEquals(List.of(3, 4), second.items());
        assertEquals(5, second.pager().total());
        assertEquals(List.of(), Page.ofList(List.of(1, 2), new PageQuery(5, 2, null)).items());
    }

    @Test
    void shouldTranslateApiFieldsToColumnsWithDirections() {
        Sort sort = Sorting.parse("-updatedAt,unit", ALLOWED, Sort.by("id"));
        assertEquals(2, sort.getColumns().size());
        assertEquals("updatedAt", sort.getColumns().get(0).getName());
        assertEquals(Sort.Direction.Descending, sort.getColumns().get(0).getDirection());
        assertEquals("leadUnit.name", sort.getColumns().get(1).getName());
        assertEquals(Sort.Direction.Ascending, sort.getColumns().get(1).getDirection());
    }

    @Test
    void shouldFallBackWhenNoSortIsAsked() {
        Sort fallback = Sort.by("id");
        assertSame(fallback, Sorting.parse(null, ALLOWED, fallback));
        assertSame(fallback, Sorting.parse(" ", ALLOWED, fallback));
    }

    @Test
    void shouldRefuseSortingByAFieldTheListDoesNotOffer() {
        ProblemException e = assertThrows(ProblemException.class, () -> Sorting.parse("password", ALLOWED, Sort.by("id")));
        assertEquals(400, e.status());
        assertEquals("sort", e.violations().get(0).field());
    }
}

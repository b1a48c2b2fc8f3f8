package org.duban.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=1&pageSize=50&sort=number,-updatedAt} on every list; use as a {@code @BeanParam}. */
public class PageQuery {
    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "must be at least 1 / 页码至少为1")
    public int page = 1;

    @QueryParam("pageSize")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1 / 每页至少1条")
    @Max(value = 1000, message = "must be at most 1000 / 每页最多1000条")
    public int pageSize = 50;

    @QueryParam("sort")
    @Pattern(regexp = "^-?[A-Za-z][A-Za-z0-9]*(,-?[A-Za-z][A-Za-z0-9]*)*$",
            message = "must be field names separated by commas, - for descending / 排序字段格式有误")
    public String sort;

    public PageQuery() {}

    public PageQuery(int page, int pageSize, String sort) {
        this.page = page;
        this.pageSize = pageSize;
        this.sort = sort;
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}

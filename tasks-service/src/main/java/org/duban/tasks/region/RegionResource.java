package org.duban.tasks.region;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import io.quarkus.panache.common.Sort;
import java.time.OffsetDateTime;
import java.util.Map;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.paging.Sorting;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Regions by 6-digit administrative division code. Small enough that the resource holds its few rules. */
@Path("/api/tasks/regions")
@Tag(name = "region", description = "行政区划 / Regions")
public class RegionResource {
    private final Caller caller;

    public RegionResource(Caller caller) {
        this.caller = caller;
    }

    public record PutRegion(@NotBlank @Size(max = 100) String name,
            @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字") String parentCode) {}

    public record RegionView(String code, String name, String parentCode) {
        static RegionView of(Region r) {
            return new RegionView(r.code, r.name, r.parentCode);
        }
    }

    @PUT
    @Path("{code}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(operationId = "putRegion", summary = "设置行政区划 / Add or change a region",
            description = "新增或修改一个行政区划及其上级。 / Adds or changes a region and its parent.")
    public RegionView put(@PathParam("code") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code / 行政区划代码应为6位数字") String code,
            @Valid @NotNull PutRegion request) {
        caller.requireRegion(code);
        Region r = Region.findById(code);
        if (r == null) {
            r = new Region();
            r.code = code;
            r.createdAt = OffsetDateTime.now();
        }
        r.name = request.name().strip();
        r.parentCode = request.parentCode();
        r.persist();
        return RegionView.of(r);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "getRegion", summary = "行政区划详情 / Get a region",
            description = "一个行政区划。 / One region.")
    public RegionView get(@PathParam("code") String code) {
        Region r = Region.findById(code);
        if (r == null) {
            throw ProblemException.notFound("region", code);
        }
        return RegionView.of(r);
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN, Roles.SYSTEM})
    @Operation(operationId = "listRegions", summary = "行政区划列表 / List regions",
            description = "已登记的行政区划。 / The regions known.")
    public Page<RegionView> list(@Valid @BeanParam PageQuery page) {
        Sort sort = Sorting.parse(page.sort, Map.of("code", "code", "name", "name"), Sort.by("code"));
        return Page.of(Region.findAll(sort), page, r -> RegionView.of((Region) r));
    }
}

package org.duban.indicators.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;

/** The indicator catalog: public to read, administrators add region-specific indicators. */
@Path("/api/indicators/catalog")
public class CatalogResource {
    private final CatalogService catalog;

    public CatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    public Page<IndicatorView> list(@QueryParam("q") @Size(max = 100) String q,
            @QueryParam("kind") @Pattern(regexp = "CUMULATIVE_AMOUNT|LEVEL|RATE",
                    message = "应为 CUMULATIVE_AMOUNT、LEVEL 或 RATE / must be CUMULATIVE_AMOUNT, LEVEL or RATE") String kind,
            @Valid @BeanParam PageQuery page) {
        return catalog.list(q, kind == null ? null : IndicatorKind.valueOf(kind), page);
    }

    /** Which indicator a text names ("区级一般公共预算收入增长6%"), with the look-alike it is not. */
    @GET
    @Path("match")
    @PermitAll
    public NameMatch match(@QueryParam("text") @NotBlank @Size(max = 500) String text) {
        return catalog.match(text);
    }

    @GET
    @Path("{code}")
    @PermitAll
    public IndicatorView get(@PathParam("code") @Size(max = 64) String code) {
        return catalog.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull CreateIndicatorRequest request) {
        IndicatorView created = catalog.create(request);
        return Responses.created("/api/indicators/catalog/" + created.code(), created);
    }
}

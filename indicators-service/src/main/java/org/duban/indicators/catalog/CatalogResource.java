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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalog: public to read, administrators add region-specific indicators. */
@Path("/api/indicators/catalog")
@Tag(name = "indicator", description = "经济指标目录 / The catalogue of economic indicators")
public class CatalogResource {
    private final CatalogService catalog;

    public CatalogResource(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listIndicators", summary = "指标目录 / List indicators",
            description = "经济指标目录，可按关键词与类别筛选。 / The catalogue of economic indicators, filtered by text and kind.")
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
    @Operation(operationId = "matchIndicator", summary = "识别文本中的指标 / Match an indicator in a text",
            description = "识别文本所指的指标（如“区级一般公共预算收入增长6%”），并指出易混淆的指标。 / "
                    + "Which indicator a text names (\"区级一般公共预算收入增长6%\"), with the look-alike it is not.")
    public NameMatch match(
            @Parameter(description = "要识别的文本，如 区级一般公共预算收入增长6% / The text to read, e.g. 区级一般公共预算收入增长6%")
            @QueryParam("text") @NotBlank @Size(max = 500) String text) {
        return catalog.match(text);
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getIndicator", summary = "指标详情 / Get an indicator",
            description = "一个经济指标及其单位与别名。 / One economic indicator with its unit and aliases.")
    public IndicatorView get(@PathParam("code") @Size(max = 64) String code) {
        return catalog.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createIndicator", summary = "新增指标 / Add an indicator",
            description = "向目录添加一个经济指标。 / Adds an economic indicator to the catalogue.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorView.class)),
            headers = @Header(name = "Location", description = "新建对象的地址 / Where the new object is read",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull CreateIndicatorRequest request) {
        IndicatorView created = catalog.create(request);
        return Responses.created("/api/indicators/catalog/" + created.code(), created);
    }
}

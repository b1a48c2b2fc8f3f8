package org.duban.indicators.board;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.duban.indicators.observation.ReportingPeriod;
import org.duban.indicators.region.RegionAccess;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator board of a region and the comparison of child regions. */
@Path("/api/indicators")
@Tag(name = "board", description = "指标看板与地区比较 / The indicator board and comparison of regions")
public class BoardResource {
    private static final String PERIOD = org.duban.platform.input.PeriodCodes.PATTERN;
    private static final String PERIOD_MESSAGE =
            "报告期应为 Q1、H1、Q3、ANNUAL 或 M01..M12 / period must be Q1, H1, Q3, ANNUAL or M01..M12";

    private final BoardService boards;
    private final RegionAccess access;

    public BoardResource(BoardService boards, RegionAccess access) {
        this.boards = boards;
        this.access = access;
    }

    /** Published figures: readable without a token, like the notices that print them. */
    @GET
    @Path("board")
    @PermitAll
    @Operation(operationId = "getIndicatorBoard", summary = "指标看板 / Indicator board",
            description = "已公布的指标数据：与刊载它们的通报一样无需令牌即可读取。 / "
                    + "Published figures: readable without a token, like the notices that print them.")
    public Page<BoardRow> board(
            @QueryParam("regionCode") @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits / 应为6位数字")
            String regionCode,
            @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
            @QueryParam("period") @NotNull @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period,
            @Valid @BeanParam PageQuery page) {
        return Page.ofList(boards.board(regionCode, year, ReportingPeriod.parse(period)), page);
    }

    @GET
    @Path("comparison")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    @Operation(operationId = "compareRegions", summary = "地区指标比较 / Compare regions' indicators",
            description = "上级地区下各地区同一指标的目标与实际。 / Each region below a parent region with its target and actual for the "
                    + "indicators.")
    public Page<ComparisonRow> comparison(
            @Parameter(description = "上级行政区划代码，比较其下各地区 / The parent region whose regions are compared")
            @QueryParam("parentRegion") @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits / 应为6位数字")
            String parentRegion,
            @QueryParam("indicator") @NotNull @Pattern(regexp = "[A-Za-z0-9_]{1,64}") String indicator,
            @QueryParam("year") @NotNull @Min(1949) @Max(2100) Integer year,
            @QueryParam("period") @NotNull @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String period,
            @Valid @BeanParam PageQuery page) {
        access.require(parentRegion);
        return Page.ofList(boards.children(parentRegion, indicator.toUpperCase(), year, ReportingPeriod.parse(period),
                page.sort), page);
    }
}

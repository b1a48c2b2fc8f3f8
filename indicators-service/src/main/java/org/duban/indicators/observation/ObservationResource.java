package org.duban.indicators.observation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.duban.indicators.region.RegionAccess;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.security.Roles;
import org.duban.platform.http.Responses;

/** Figures per region and period: recorded one by one, imported from CSV or notice text, listed with history. */
@Path("/api/indicators/observations")
public class ObservationResource {

    private final ObservationService observations;
    private final RegionAccess access;

    public ObservationResource(ObservationService observations, RegionAccess access) {
        this.observations = observations;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    public Response record(@Valid @NotNull ObservationRequest request) {
        ObservationView recorded = observations.record(request);
        return Responses.created("/api/indicators/observations/" + recorded.id(), recorded);
    }

    @POST
    @Path("import/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    public Response importCsv(@NotBlank @Size(max = 5_000_000) String csv) {
        return Response.status(Response.Status.CREATED).entity(observations.importCsv(csv)).build();
    }

    @POST
    @Path("import/notice/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN, Roles.SUPERVISOR})
    public NoticePreview previewNotice(@Valid @NotNull NoticeImportRequest request) {
        access.require(request.regionCode());
        return observations.previewNotice(request);
    }

    @POST
    @Path("import/notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STATISTICIAN, Roles.ADMIN})
    public Response importNotice(@Valid @NotNull NoticeImportRequest request) {
        return Response.status(Response.Status.CREATED).entity(observations.importNotice(request)).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    public Page<ObservationView> list(
            @QueryParam("regionCode") @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits / 应为6位数字")
            String regionCode,
            @QueryParam("year") @Min(1949) @Max(2100) Integer year,
            @QueryParam("period") @Pattern(regexp = "Q1|H1|Q3|ANNUAL|M(0[1-9]|1[0-2])") String period,
            @QueryParam("indicator") @Pattern(regexp = "[A-Za-z0-9_]{1,64}") String indicator,
            @QueryParam("history") @DefaultValue("false") boolean history,
            @Valid @BeanParam PageQuery page) {
        access.require(regionCode);
        return observations.list(regionCode, year, period, indicator == null ? null : indicator.toUpperCase(),
                history, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.LEADER, Roles.UNIT_REPORTER, Roles.UNIT_HEAD, Roles.STATISTICIAN,
        Roles.ADMIN, Roles.SYSTEM})
    public ObservationView get(@PathParam("id") UUID id) {
        ObservationView view = observations.get(id);
        access.require(view.regionCode());
        return view;
    }
}

package org.duban.progress.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.progress.assignment.PlanDirectory;
import org.duban.progress.calendar.CalendarDtos;
import org.duban.progress.publication.PublicationService.PublicationView;
import org.duban.progress.publication.PublicationService.Rendered;

/** Completion tables and notices: live previews for the office, frozen publications for everyone. */
@Path("/api/progress")
public class PublicationResource {

    public record PublishRequest(
            @NotBlank @Size(max = 100) String planId,
            @NotBlank @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @NotNull Publication.Kind kind,
            @Size(max = 1000) String note,
            @Size(max = 60) String documentNumber,
            @Size(max = 200) String addressee,
            @Size(max = 100) String issuer,
            @Size(max = 50000) String body) {
    }

    private static final String FORMAT_PATTERN = "(?i)xlsx|csv|html|md|markdown";
    private static final String FORMAT_MESSAGE = "must be xlsx, csv, html or md / 格式无效";

    private final PublicationService publications;
    private final PlanDirectory plans;
    private final Caller caller;

    public PublicationResource(PublicationService publications, PlanDirectory plans, Caller caller) {
        this.publications = publications;
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @Path("/plans/{planId}/completion-table")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    public Response completionTable(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = FORMAT_PATTERN, message = FORMAT_MESSAGE) String format) {
        caller.requireRegion(plans.require(planId).regionCode());
        return download(publications.preview(planId, period, Publication.Kind.COMPLETION_TABLE, Notice.Head.DEFAULT,
                PublicationFormat.parse(format)));
    }

    @GET
    @Path("/plans/{planId}/notice")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.LEADER, Roles.SYSTEM})
    public Response notice(@PathParam("planId") String planId,
            @QueryParam("period") @NotNull @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @QueryParam("format") @DefaultValue("md") @Pattern(regexp = FORMAT_PATTERN, message = FORMAT_MESSAGE) String format,
            @QueryParam("documentNumber") @Size(max = 60) String documentNumber,
            @QueryParam("addressee") @Size(max = 200) String addressee,
            @QueryParam("issuer") @Size(max = 100) String issuer) {
        caller.requireRegion(plans.require(planId).regionCode());
        return download(publications.preview(planId, period, Publication.Kind.NOTICE,
                new Notice.Head(documentNumber, addressee, issuer), PublicationFormat.parse(format)));
    }

    @POST
    @Path("/publications")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Response publish(@Valid @NotNull PublishRequest request) {
        caller.requireRegion(plans.require(request.planId()).regionCode());
        PublicationView view = publications.publish(request.planId(), request.period(), request.kind(), request.note(),
                new Notice.Head(request.documentNumber(), request.addressee(), request.issuer()), request.body(), caller.login());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/publications")
    @PermitAll
    public Page<PublicationView> list(@QueryParam("planId") String planId,
            @QueryParam("period") @Pattern(regexp = CalendarDtos.PERIOD_PATTERN, message = CalendarDtos.PERIOD_MESSAGE) String period,
            @QueryParam("kind") Publication.Kind kind, @Valid @BeanParam PageQuery page) {
        return publications.list(planId, period, kind, page);
    }

    @GET
    @Path("/publications/{id}")
    @PermitAll
    public PublicationView get(@PathParam("id") String id) {
        return publications.get(id);
    }

    @GET
    @Path("/publications/{id}/content")
    @PermitAll
    public Response content(@PathParam("id") String id,
            @QueryParam("format") @DefaultValue("html") @Pattern(regexp = FORMAT_PATTERN, message = FORMAT_MESSAGE) String format) {
        return download(publications.render(id, PublicationFormat.parse(format)));
    }

    private static Response download(Rendered r) {
        if (r.body() == null) {
            throw ProblemException.notFound("document", r.fileName());
        }
        return Response.ok(r.body()).type(r.format().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"").build();
    }
}

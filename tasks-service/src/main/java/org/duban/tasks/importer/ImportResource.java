package org.duban.tasks.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.duban.platform.problem.ProblemException;
import org.duban.platform.security.Caller;
import org.duban.platform.security.Roles;
import org.duban.tasks.importer.ImportDtos.Committed;
import org.duban.tasks.importer.ImportDtos.Format;
import org.duban.tasks.importer.ImportDtos.ImportRequest;
import org.duban.tasks.importer.ImportDtos.Preview;
import org.duban.tasks.plan.ReportingPeriod;

/**
 * Imports: {@code POST /api/tasks/imports/preview} (nothing stored) then {@code POST /api/tasks/imports}
 * (commit; 201 with the new plan, 200 when the same document was imported before). Either as JSON
 * ({@link ImportRequest}) or as the raw document (text/plain, text/csv, or the XLSX bytes) with query parameters.
 */
@Path("/api/tasks/imports")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ImportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final Caller caller;

    public ImportResource(ImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Preview preview(@Valid @NotNull ImportRequest request) {
        caller.requireRegion(request.regionCode());
        return imports.preview(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response commit(@Valid @NotNull ImportRequest request) {
        caller.requireRegion(request.regionCode());
        return answer(imports.commit(request));
    }

    @POST
    @Path("preview")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM, XLSX})
    public Preview previewRaw(byte[] body, @QueryParam("regionCode") String regionCode, @QueryParam("format") Format format,
            @QueryParam("year") Integer year, @QueryParam("period") ReportingPeriod period) {
        ImportRequest request = raw(body, regionCode, format, year, period, null, null);
        caller.requireRegion(request.regionCode());
        return imports.preview(request);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM, XLSX})
    public Response commitRaw(byte[] body, @QueryParam("regionCode") String regionCode, @QueryParam("format") Format format,
            @QueryParam("year") Integer year, @QueryParam("period") ReportingPeriod period,
            @QueryParam("title") String title, @QueryParam("publish") Boolean publish) {
        ImportRequest request = raw(body, regionCode, format, year, period, title, publish);
        caller.requireRegion(request.regionCode());
        return answer(imports.commit(request));
    }

    @GET
    @Path("{id}")
    public Committed get(@PathParam("id") long id) {
        return imports.get(id);
    }

    private static Response answer(Committed c) {
        if (!c.created()) {
            return Response.ok(c).build();
        }
        return Response.created(URI.create("/api/tasks/imports/" + c.importId())).entity(c).build();
    }

    private static ImportRequest raw(byte[] body, String regionCode, Format format, Integer year, ReportingPeriod period,
            String title, Boolean publish) {
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw ProblemException.invalid("regionCode", "must be a 6-digit administrative division code / 行政区划代码应为6位数字");
        }
        if (format == null) {
            throw ProblemException.invalid("format", "is required: PLAN_TEXT, TABLE_TEXT, TABLE_CSV or TABLE_XLSX / 须指定格式");
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "the document is empty / 文档为空");
        }
        if (year != null && (year < 2000 || year > 2100)) {
            throw ProblemException.invalid("year", "must be between 2000 and 2100 / 年度无效");
        }
        return format == Format.TABLE_XLSX
                ? new ImportRequest(regionCode, format.name(), null, Base64.getEncoder().encodeToString(body), year,
                        period == null ? null : period.name(), title, null, publish)
                : new ImportRequest(regionCode, format.name(), new String(body, StandardCharsets.UTF_8), null, year,
                        period == null ? null : period.name(), title, null, publish);
    }
}

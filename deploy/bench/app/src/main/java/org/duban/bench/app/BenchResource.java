package org.duban.bench.app;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;

/**
 * The baseline endpoints: {@code GET /bench/rows/{id}} reads one row by primary key and answers it as JSON;
 * {@code POST /bench/rows} inserts one row in a transaction and answers 201 with it.
 */
@Path("/bench/rows")
public class BenchResource {
    /** What a row is answered as. */
    public record RowView(Long id, String regionCode, String title, int version, OffsetDateTime createdAt) {
        static RowView of(BenchRow r) {
            return new RowView(r.id, r.regionCode, r.title, r.version, r.createdAt);
        }
    }

    /** A new row's fields. */
    public record NewRow(String regionCode, String title) {}

    @GET
    @Path("{id}")
    public RowView get(@PathParam("id") long id) {
        BenchRow row = BenchRow.findById(id);
        if (row == null) {
            throw new NotFoundException();
        }
        return RowView.of(row);
    }

    @POST
    @Transactional
    public Response create(NewRow body) {
        BenchRow row = new BenchRow();
        row.regionCode = body == null || body.regionCode() == null ? "000000" : body.regionCode();
        row.title = body == null || body.title() == null ? "" : body.title();
        row.createdAt = OffsetDateTime.now();
        row.persist();
        return Response.created(URI.create("/bench/rows/" + row.id)).entity(RowView.of(row)).build();
    }
}

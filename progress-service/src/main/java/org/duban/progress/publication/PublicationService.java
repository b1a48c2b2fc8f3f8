package org.duban.progress.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.duban.platform.event.Outbox;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;
import org.duban.progress.calendar.CalendarService;

/**
 * Publishing freezes a document: its content is stored as JSON and never changes; publishing the same
 * plan, period and kind again is a correction and gets the next version, while old versions stay readable.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

    public static final String PUBLISHED = "duban.progress.publication-published.v1";

    public record PublicationView(String id, String planId, String period, Publication.Kind kind, int version, String title,
            String note, String publishedBy, OffsetDateTime publishedAt) {
        static PublicationView of(Publication p) {
            return new PublicationView(p.id, p.planId, p.period, p.kind, p.version, p.title, p.note, p.publishedBy, p.publishedAt);
        }
    }

    /**
     * A document ready to download: {@code fileName} is ASCII (every client can save it), {@code title} its Chinese
     * name, sent as RFC 6266 {@code filename*} ("2018年…一览表(第1版).xlsx").
     */
    public record Rendered(byte[] body, PublicationFormat format, String fileName, String title) {
    }

    private final DocumentBuilder documents;
    private final CalendarService calendars;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PublicationService(DocumentBuilder documents, CalendarService calendars, Outbox outbox, ObjectMapper mapper,
            Clock clock) {
        this.documents = documents;
        this.calendars = calendars;
        this.outbox = outbox;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Freezes the period's document as its next version; {@code head} (文号, 主送, 落款) is the notice's, ignored for a
     * completion table; {@code editedBody}, when given, is the notice's body as the office edited it from the preview
     * (422 for a completion table, whose cells come from the reports).
     */
    public PublicationView publish(String planId, String period, Publication.Kind kind, String note, Notice.Head head,
            String editedBody, String actor) {
        String code = calendars.requirePeriod(planId, period).period().code();
        if (kind == Publication.Kind.COMPLETION_TABLE && editedBody != null && !editedBody.isBlank()) {
            throw ProblemException.unprocessable("只有通报可以编辑正文 / only a notice's body can be edited");
        }
        Object document = kind == Publication.Kind.COMPLETION_TABLE ? documents.completionTable(planId, code).toDocument()
                : documents.notice(planId, code, head).withEditedBody(editedBody);
        // (two publications of one document at once each took the last version + 1: one was refused by the unique key,
        // whose SQL error reached the log — the break-it trial after round 39; now the second waits and is the next version)
        org.duban.platform.lock.AdvisoryLocks.lock(Publication.getEntityManager(), "duban-publication:" + planId + ":" + code + ":" + kind);
        Publication last = Publication.<Publication>find("planId = ?1 and period = ?2 and kind = ?3 order by version desc",
                planId, code, kind).firstResult();
        Publication p = new Publication();
        p.id = UUID.randomUUID().toString();
        p.planId = planId;
        p.period = code;
        p.kind = kind;
        p.version = last == null ? 1 : last.version + 1;
        p.title = document instanceof TableDocument t ? t.title() : ((Notice) document).title();
        p.content = json(document);
        p.note = note;
        p.publishedBy = actor;
        p.publishedAt = OffsetDateTime.now(clock);
        p.persist();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("publicationId", p.id);
        data.put("planId", planId);
        data.put("period", code);
        data.put("kind", kind.name());
        data.put("version", p.version);
        data.put("title", p.title);
        data.put("note", note);
        // RFC 3339 (seconds always written), as the event contract says; OffsetDateTime.toString() drops ":00"
        data.put("publishedAt", java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p.publishedAt));
        data.put("downloads", Map.of("xlsx", link(p, "xlsx"), "csv", link(p, "csv"), "html", link(p, "html"), "md", link(p, "md")));
        outbox.publish(PUBLISHED, p.id, data);
        return PublicationView.of(p);
    }

    private static String link(Publication p, String ext) {
        return "/api/progress/publications/" + p.id + "/content?format=" + ext;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicationView get(String id) {
        return PublicationView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PublicationView> list(String planId, String period, Publication.Kind kind, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (planId != null) {
            where.append(" and planId = :plan");
            params.and("plan", planId);
        }
        if (period != null) {
            where.append(" and period = :period");
            params.and("period", period);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        return Page.of(Publication.find(where.toString(), Sort.by("planId").and("period").and("kind").and("version"), params),
                page, PublicationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered render(String id, PublicationFormat format) {
        Publication p = require(id);
        byte[] body;
        try {
            if (p.kind == Publication.Kind.COMPLETION_TABLE) {
                body = TableWriter.of(format).write(mapper.readValue(p.content, TableDocument.class));
            } else {
                body = new NoticeRenderer().render(mapper.readValue(p.content, Notice.class), format);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored publication " + id + " cannot be read", e);
        }
        return new Rendered(body, format, fileName(p.kind, p.planId, p.period, p.version, format),
                chineseName(p.title, p.version, format));
    }

    /** The live (unpublished) document, built from the current state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered preview(String planId, String period, Publication.Kind kind, Notice.Head head, PublicationFormat format) {
        String code = calendars.requirePeriod(planId, period).period().code();
        byte[] body;
        String title;
        if (kind == Publication.Kind.COMPLETION_TABLE) {
            CompletionTable table = documents.completionTable(planId, code);
            body = table.render(format);
            title = table.title();
        } else {
            Notice notice = documents.notice(planId, code, head);
            body = new NoticeRenderer().render(notice, format);
            title = notice.title();
        }
        return new Rendered(body, format, fileName(kind, planId, code, 0, format), chineseName(title, 0, format));
    }

    /** "2018年《政府工作报告》目标任务一季度完成情况一览表（第2版）.xlsx"; a live preview is "（预览）". */
    static String chineseName(String title, int version, PublicationFormat format) {
        String base = title == null || title.isBlank() ? "督办文件" : title.replaceAll("[\\\\/:*?\"<>|\\r\\n]", " ").strip();
        return base + (version > 0 ? "（第" + version + "版）" : "（预览）") + "." + format.extension();
    }

    static String fileName(Publication.Kind kind, String planId, String period, int version, PublicationFormat format) {
        String base = (kind == Publication.Kind.COMPLETION_TABLE ? "completion-table" : "notice") + "-"
                + planId.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + period + (version > 0 ? "-v" + version : "-draft");
        return base + "." + format.extension();
    }

    private Publication require(String id) {
        Publication p = Publication.findById(id);
        if (p == null) {
            throw ProblemException.notFound("publication", id);
        }
        return p;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

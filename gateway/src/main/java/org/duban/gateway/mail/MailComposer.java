package org.duban.gateway.mail;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.duban.gateway.notify.Notification;

/**
 * The words of an e-mail, from Qute templates in Chinese ({@code templates/mail/}): one notification as itself
 * ({@code single.txt}, subject 【督办提醒】 + its title), several of one unit as a digest ({@code digest.txt}, subject
 * 【督办提醒】 + "有n项事项待办理", numbered, the urgent first).
 */
@ApplicationScoped
public class MailComposer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** One message: its subject and plain text. */
    public record Message(String subject, String text) {
    }

    private final Template single;
    private final Template digest;
    private final MailSettings settings;

    public MailComposer(@Location("mail/single.txt") Template single, @Location("mail/digest.txt") Template digest,
            MailSettings settings) {
        this.single = single;
        this.digest = digest;
        this.settings = settings;
    }

    /** The message for {@code items} (one or more notifications of the unit named {@code unitName}). */
    public Message compose(String unitName, List<Notification> items, LocalDate today) {
        String date = DATE.format(today);
        if (items.size() == 1) {
            Notification n = items.get(0);
            return new Message("【督办提醒】" + n.title, single.data("unitName", unitName).data("item", n)
                    .data("consoleUrl", settings.consoleUrl()).data("office", settings.office()).data("date", date).render());
        }
        return new Message("【督办提醒】" + unitName + "有" + items.size() + "项事项待办理", digest.data("unitName", unitName)
                .data("items", items).data("consoleUrl", settings.consoleUrl()).data("office", settings.office())
                .data("date", date).render());
    }
}

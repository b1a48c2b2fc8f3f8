package org.duban.gateway.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.duban.gateway.events.PersonalData;
import org.duban.gateway.webhook.WebhookHandler;
import org.junit.jupiter.api.Test;

/** Addresses are shown masked in any script, errors quoting them are masked, contacts never leave the gateway. */
class AddressesTest {
    @Test
    void shouldMaskEveryAddressWhateverItsScript() {
        assertEquals("l***@example.gov.cn", Addresses.mask("liming@example.gov.cn"));
        assertEquals("李***@example.gov.cn", Addresses.mask("李明@example.gov.cn"));
        assertEquals("o***@example.gov.cn", Addresses.mask("o'brien@example.gov.cn"));
        assertEquals("***", Addresses.mask("not-an-address"));
        assertEquals("550 5.1.1 <李***@example.gov.cn>: Recipient address rejected; also x***@a.cn",
                Addresses.maskAll("550 5.1.1 <李明@example.gov.cn>: Recipient address rejected; also xyz@a.cn",
                        List.of("李明@example.gov.cn")));
    }

    @Test
    void shouldNeverForwardAUnitsContacts() {
        assertFalse(new WebhookHandler(null, null).handles("duban.tasks.unit-contacts-changed.v1"), "no webhook carries contacts");
        assertEquals(true, PersonalData.carriedBy("duban.tasks.unit-contacts-changed.v1"));
        assertEquals(true, new WebhookHandler(null, null).handles("duban.progress.unit-urged.v1"));
    }
}

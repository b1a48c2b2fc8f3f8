package org.duban.gateway.mail;

import java.util.regex.Pattern;

/** E-mail addresses as they may be shown: masked ({@code liming@example.gov.cn} → {@code l***@example.gov.cn}). */
public final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)");

    private Addresses() {
    }

    /** The address with all but the first character of its local part hidden, whatever script it is written in. */
    public static String mask(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.substring(0, address.offsetByCodePoints(0, 1)) + "***" + address.substring(at);
    }

    /** {@code text} with each of {@code addresses} masked, then any other address-looking run (an SMTP error's text). */
    public static String maskAll(String text, java.util.Collection<String> addresses) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String a : addresses) {
            out = out.replace(a, mask(a));
        }
        return maskAll(out);
    }

    /** Every address in {@code text} masked (an SMTP error quoting the recipient, before it is stored or logged). */
    public static String maskAll(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("$1***@$2");
    }
}

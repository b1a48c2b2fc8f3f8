package org.duban.gateway.mail;

import java.util.regex.Pattern;

/** E-mail addresses as they may be shown: masked ({@code liming@example.gov.cn} → {@code l***@example.gov.cn}). */
public final class Addresses {
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+)");

    private Addresses() {
    }

    /** The address with all but its first character of the local part hidden. */
    public static String mask(String address) {
        return maskAll(address);
    }

    /** Every address in {@code text} masked (an SMTP error quoting the recipient, before it is stored or logged). */
    public static String maskAll(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("$1***@$2");
    }
}

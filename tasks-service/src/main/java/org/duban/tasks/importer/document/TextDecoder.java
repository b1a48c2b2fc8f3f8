package org.duban.tasks.importer.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text file into text without ever producing mojibake: a byte-order mark wins, then a
 * declared charset (the upload's Content-Type, or an HTML page's {@code <meta charset>}; ISO-8859-1 and ASCII, the
 * defaults clients append unasked, count as undeclared), then strict UTF-8,
 * then strict GB18030 (which covers GBK and GB2312, what Chinese offices' Windows machines save). Bytes that
 * none of these decode cleanly are refused with {@link UnsupportedFileException}, never replaced by U+FFFD.
 */
public final class TextDecoder {
    private static final Pattern META = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAM = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /** Decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
        public boolean chinese() {
            return charset.equals(GB18030) || charset.name().toUpperCase(Locale.ROOT).startsWith("GB");
        }
    }

    /**
     * @param contentType the upload's Content-Type, possibly with a charset parameter, or null
     * @throws UnsupportedFileException when the bytes are binary or decode cleanly in no supported charset
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_16, "UTF-16"), StandardCharsets.UTF_16);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnsupportedFileException("文件不是文本,也不是可识别的 DOCX/XLSX/XLS / the file is binary and not a DOCX, XLSX or XLS");
            }
        }
        Charset declared = declared(contentType, bytes);
        if (declared != null) {
            String as = tryDecode(bytes, declared);
            if (as != null) {
                return new Decoded(as, declared);
            }
            // a page saved with a wrong <meta charset> (gb2312 on UTF-8 bytes, or the reverse): the bytes decide
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        String gb = tryDecode(bytes, GB18030);
        if (gb != null && plausibleChinese(gb)) {
            return new Decoded(gb, GB18030);
        }
        throw new UnsupportedFileException("无法识别文本的字符集(既不是UTF-8,也不是GBK/GB18030),请另存为UTF-8后重试"
                + " / the text is neither UTF-8 nor GBK/GB18030; save it as UTF-8 and try again");
    }

    private static Charset declared(String contentType, byte[] bytes) {
        String name = null;
        if (contentType != null) {
            Matcher m = PARAM.matcher(contentType);
            if (m.find()) {
                name = m.group(1);
            }
        }
        if (name == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = META.matcher(head);
            if (m.find()) {
                name = m.group(1);
            }
        }
        if (name == null) {
            return null;
        }
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("ISO-8859-1") || n.equals("ISO8859-1") || n.equals("LATIN1") || n.equals("US-ASCII") || n.equals("ASCII")) {
            // HTTP's old default that clients append on their own (REST Assured, some form posts); never a Chinese
            // document's real encoding: detect instead
            return null;
        }
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("X-GBK")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedFileException("不支持声明的字符集“" + name + "” / unsupported declared charset '" + name + "'");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String label) {
        String s = tryDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
        if (s == null) {
            throw new UnsupportedFileException("文件声明为" + label + ",但无法按" + label + "解码 / the file says it is " + label
                    + " but does not decode as " + label);
        }
        return s;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        return tryDecode(ByteBuffer.wrap(bytes), charset);
    }

    private static String tryDecode(ByteBuffer buffer, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Almost any byte soup decodes as GB18030; a real Chinese text is nearly all common CJK characters, CJK
     * punctuation and ASCII. Latin-1 or random bytes read as GB18030 are full of rare characters and are refused.
     */
    static boolean plausibleChinese(String s) {
        int total = 0;
        int plausible = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if (c < 0x80 || c >= 0x4E00 && c <= 0x9FA5 || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                    || c >= 0x2000 && c <= 0x26FF) {
                plausible++;
            }
        }
        return total == 0 || plausible >= total * 0.97;
    }
}

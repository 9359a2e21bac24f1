package org.imhfinder.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML body the way browsers do (WHATWG "encoding sniffing", simplified): a byte-order
 * mark wins, then the Content-Type header's charset, then a {@code <meta>} charset in the first
 * 4 KB; with none of those, UTF-8 when the bytes are valid UTF-8, else windows-1252 (the legacy
 * default of English pages). Latin-1 and ASCII labels mean windows-1252, as browsers read them.
 */
public final class Charsets {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Map<String, Charset> WINDOWS_1252_LABELS = Map.of("iso-8859-1", WINDOWS_1252,
            "iso8859-1", WINDOWS_1252, "latin1", WINDOWS_1252, "l1", WINDOWS_1252, "us-ascii", WINDOWS_1252,
            "ascii", WINDOWS_1252, "cp1252", WINDOWS_1252, "windows-1252", WINDOWS_1252);
    private static final int META_SCAN_BYTES = 4096;

    private Charsets() {
    }

    /** Decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] body, String contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(body, 3, body.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        Charset declared = label(find(HEADER_CHARSET, contentType));
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            declared = label(find(META_CHARSET, head));
        }
        Charset charset = declared != null ? declared : isUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new Decoded(new String(body, charset), charset);
    }

    /** The charset a label names, browsers' way; null for no label or an unknown one. */
    static Charset label(String label) {
        if (label == null) {
            return null;
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.containsKey(name)) {
            return WINDOWS_1252_LABELS.get(name);
        }
        if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8; // a page that says UTF-16 without a BOM is ASCII-compatible: browsers read UTF-8
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

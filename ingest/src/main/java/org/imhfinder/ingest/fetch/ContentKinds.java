package org.imhfinder.ingest.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What the crawler keeps: HTML pages and PDF documents (many associations publish their
 * requirements only as PDFs). Links to other kinds are skipped before any request when their
 * extension gives them away, and after the response headers otherwise.
 */
public final class ContentKinds {
    /** What a response holds, for the crawler. */
    public enum Kind { HTML, PDF, OTHER }

    static final Set<String> SKIPPED_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp",
            "tif", "tiff", "heic", "mp3", "mp4", "m4a", "m4v", "mov", "avi", "wmv", "webm", "ogg", "wav", "flac",
            "zip", "gz", "tgz", "rar", "7z", "exe", "dmg", "msi", "iso", "apk", "css", "js", "mjs", "json", "woff",
            "woff2", "ttf", "eot", "otf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pps", "odt", "ods", "odp",
            "rtf", "csv", "ics", "vcf", "rss", "atom", "xml", "txt", "eps", "ai", "psd");

    private ContentKinds() {
    }

    /** The extension of the URL's last path segment, lower case, or "". */
    public static String extension(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** True when the URL's extension says it is neither a page nor a PDF. */
    public static boolean skippedByExtension(URI url) {
        return SKIPPED_EXTENSIONS.contains(extension(url));
    }

    public static Kind of(String contentType, URI url) {
        String type = mediaType(contentType);
        if (type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Kind.HTML;
        }
        if (type.equals("application/pdf") || type.equals("application/x-pdf")) {
            return Kind.PDF;
        }
        boolean generic = type.equals("application/octet-stream") || type.equals("binary/octet-stream");
        return generic && "pdf".equals(extension(url)) ? Kind.PDF : Kind.OTHER;
    }

    /** The media type without parameters, lower case ("" when absent). */
    public static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}

package org.imhfinder.searchapi.request;

import java.util.Map;

/**
 * A request the API refuses, answered as an RFC 9457 problem: the HTTP status, a short title,
 * a detail that names what was wrong, and for a bad parameter its name as the extension member
 * {@code parameter}.
 */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;
    private final transient Map<String, Object> extensions;

    public ApiProblem(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ApiProblem(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiProblem badParameter(String parameter, String reason) {
        return new ApiProblem(400, "Bad parameter", "parameter '" + parameter + "': " + reason,
                Map.of("parameter", parameter));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "Service unavailable", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** Extra members of the problem document (e.g. {@code parameter}). */
    public Map<String, Object> extensions() {
        return extensions;
    }
}

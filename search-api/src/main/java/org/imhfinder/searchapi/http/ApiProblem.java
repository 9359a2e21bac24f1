package org.imhfinder.searchapi.http;

/**
 * A request the API refuses, answered as an RFC 9457 problem: the HTTP status, a short title
 * and a detail that names what was wrong (the parameter, for a 400).
 */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    public ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem badParameter(String parameter, String reason) {
        return new ApiProblem(400, "Bad parameter", "parameter '" + parameter + "': " + reason);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}

package org.imhfinder.bench.report;

/**
 * One line of the table: what the project achieved and what this machine allows for the same
 * work, in the same unit, measured in the same run. {@code ratio} is project / limit for rates
 * (higher is better, 1 is the limit) and limit / project for times and latencies, so that
 * in every row 1.0 means "as fast as the machine goes" and less is worse; null where no limit applies.
 */
public record Row(String id, String stage, String measure, String unit, Double project, Double limit, Double ratio,
                  String note) {

    /** A rate (more is better): ratio project / limit. */
    public static Row rate(String id, String stage, String measure, String unit, double project, double limit, String note) {
        return new Row(id, stage, measure, unit, project, limit, limit > 0 ? project / limit : null, note);
    }

    /** A cost (less is better: seconds, milliseconds, bytes): ratio limit / project. */
    public static Row cost(String id, String stage, String measure, String unit, double project, Double limit, String note) {
        Double ratio = limit == null || project <= 0 ? null : limit / project;
        return new Row(id, stage, measure, unit, project, limit, ratio, note);
    }

    /** A figure with no limit to compare with (errors, memory). */
    public static Row figure(String id, String stage, String measure, String unit, double project, String note) {
        return new Row(id, stage, measure, unit, project, null, null, note);
    }
}

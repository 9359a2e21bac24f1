package org.imhfinder.bench.run;

/**
 * How much work each pair does (for search: {@code searchRate} the first rate the search for the
 * knee tries, {@code searchSeconds} how long each way each comparison runs, a quarter of it a step;
 * {@code warmUntilQuiet} whether the extract, index and search pairs repeat their warm-ups until the JVM's
 * compiler is quiet, or warm up once): the full run, or {@code --quick} (the same measures on small
 * numbers, to check the instrument works; its figures mean little).
 */
public record Scale(String name, int crawlPages, int crawlHosts, int listings, int extractRounds, int searchRate,
                    int searchSeconds, int searchConcurrency, int endToEndPages, int endToEndHosts, boolean warmUntilQuiet) {

    /**
     * 10,000 pages over 20 hosts, 10,000 listings; searches: the knee searched from 10 requests/s in
     * steps of 5 s, then 20 s each way at the knee and at half of it.
     */
    public static Scale full() {
        return new Scale("full", 10_000, 20, 10_000, 20, 10, 20, 8, 10_000, 20, true);
    }

    public static Scale quick() {
        return new Scale("quick", 300, 3, 300, 1, 10, 2, 4, 150, 3, false);
    }
}

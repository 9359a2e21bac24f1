package org.imhfinder.bench.run;

/**
 * How much work each pair does: the full run, or {@code --quick} (the same measures on small
 * numbers, to check the instrument works; its figures mean little).
 */
public record Scale(String name, int crawlPages, int crawlHosts, int listings, int extractRounds, int searchRate,
                    int searchSeconds, int searchConcurrency, int endToEndPages, int endToEndHosts) {

    /** 10,000 pages over 20 hosts, 10,000 listings, 100 searches/s for 60 s each way. */
    public static Scale full() {
        return new Scale("full", 10_000, 20, 10_000, 20, 100, 60, 8, 10_000, 20);
    }

    public static Scale quick() {
        return new Scale("quick", 300, 3, 300, 1, 20, 2, 4, 150, 3);
    }
}

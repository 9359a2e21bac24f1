package org.imhfinder.searchapi;

import org.imhfinder.runtime.StageMain;

/** Runs the search API alone, as its own process, configured by the environment. */
public final class SearchApiMain {
    private SearchApiMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StageMain.run(new SearchApiStage());
    }
}

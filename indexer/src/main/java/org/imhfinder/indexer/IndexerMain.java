package org.imhfinder.indexer;

import org.imhfinder.runtime.StageMain;

/** Runs the indexer alone, as its own process, configured by the environment. */
public final class IndexerMain {
    private IndexerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StageMain.run(new IndexerStage());
    }
}

package org.imhfinder.ingest;

import org.imhfinder.runtime.StageMain;

/** Runs ingest alone, as its own process, configured by the environment. */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StageMain.run(new IngestStage());
    }
}

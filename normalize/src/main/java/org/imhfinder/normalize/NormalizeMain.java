package org.imhfinder.normalize;

import org.imhfinder.runtime.StageMain;

/** Runs normalize alone, as its own process, configured by the environment. */
public final class NormalizeMain {
    private NormalizeMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StageMain.run(new NormalizeStage());
    }
}

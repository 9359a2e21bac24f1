package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReindexCommandTest {
    @Test
    void reindexIsAnImhCommandThatSaysWhatItDoes() {
        StringWriter out = new StringWriter();
        CommandLine imh = new CommandLine(new Imh()).setOut(new PrintWriter(out));

        int exit = imh.execute("reindex", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("imh reindex", "imh.listing-state.v1", "imh.curation.v1", "alias");
        assertThat(imh.getSubcommands()).containsKey("reindex");
    }
}

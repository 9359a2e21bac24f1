package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UpCommandTest {
    @Test
    void aMalformedSourcesFileFailsAtOnceWithFileLineAndReason(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("sources.yml");
        Files.writeString(sources, """
                sources:
                  - id: mi-aimh
                    name: Michigan Association for Infant Mental Health
                    providerType: ASSOCIATON
                    seeds: [https://mi-aimh.org/endorsement/]
                """);

        Result result = run("up", "--sources", sources.toString());

        assertThat(result.exit).isEqualTo(FriendlyErrors.CONFIG_ERROR);
        assertThat(result.err).contains(sources + ":4:", "providerType 'ASSOCIATON'");
    }

    @Test
    void aMissingSourcesFileFailsAtOnceNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.yml");

        Result result = run("up", "--sources", missing.toString());

        assertThat(result.exit).isEqualTo(FriendlyErrors.CONFIG_ERROR);
        assertThat(result.err).contains(missing.toString(), "no such file");
    }

    private static Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Imh()).setExecutionExceptionHandler(new FriendlyErrors());
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
        return new Result(exit, err.toString());
    }

    private record Result(int exit, String err) {
    }
}

package org.imhfinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stack.env}: what the README's examples source to find the API, whatever its port. */
class StackEnvTest {
    @Test
    void holdsTheApiAddressAsOneShellAssignmentAndReplacesAnOldOne(@TempDir Path dataDir) throws Exception {
        LocalRun.writeStackEnv(dataDir, "http://127.0.0.1:18080");

        Path file = LocalRun.writeStackEnv(dataDir, "http://127.0.0.1:28080");

        assertThat(file).isEqualTo(dataDir.resolve(LocalRun.STACK_ENV_FILE));
        assertThat(Files.readString(file)).isEqualTo("IMH_API=http://127.0.0.1:28080\n");
        assertThat(dataDir.resolve(LocalRun.STACK_ENV_FILE + ".tmp")).doesNotExist();
    }
}

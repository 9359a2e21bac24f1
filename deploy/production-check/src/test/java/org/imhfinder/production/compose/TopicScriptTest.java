package org.imhfinder.production.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.imhfinder.production.Repository;
import org.imhfinder.schema.Topics;
import org.junit.jupiter.api.Test;

/** The one-shot topic step of Compose creates exactly Topics.ALL. */
class TopicScriptTest {
    static final String SCRIPT = "deploy/compose/kafka/create-topics.sh";
    private static final Pattern TOPIC = Pattern.compile("^topic (\\S+) (\\d+)((?: \\S+=\\S+)*)\\s*$");

    @Test
    void theScriptCreatesExactlyTopicsAllWithTheirPartitionsAndConfiguration() {
        List<Topics.TopicSpec> created = new ArrayList<>();
        for (String line : Repository.read(Repository.file(SCRIPT)).lines().toList()) {
            Matcher m = TOPIC.matcher(line);
            if (m.matches()) {
                Map<String, String> config = new LinkedHashMap<>();
                for (String pair : m.group(3).trim().split(" ")) {
                    if (!pair.isEmpty()) {
                        config.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                }
                created.add(new Topics.TopicSpec(m.group(1), Integer.parseInt(m.group(2)), config));
            }
        }

        assertThat(created).as(SCRIPT + " must list Topics.ALL; the lines are:\n" + expectedLines())
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void theScriptStopsAtTheFirstFailure() {
        assertThat(Repository.read(Repository.file(SCRIPT))).startsWith("#!/bin/bash").contains("set -euo pipefail");
    }

    private static String expectedLines() {
        return Topics.ALL.stream().map(t -> ("topic " + t.name() + " " + t.partitions() + " "
                        + new TreeMap<>(t.config()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "))).trim())
                .collect(Collectors.joining("\n"));
    }
}

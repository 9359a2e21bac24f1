package org.imhfinder.sources;

import java.util.List;
import org.imhfinder.config.ConfigException;

/** A sources file that cannot be used: every problem, each as {@code file:line: reason}. */
public class SourcesException extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public SourcesException(List<String> problems) {
        super("bad sources file:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

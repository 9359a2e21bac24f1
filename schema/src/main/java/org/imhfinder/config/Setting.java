package org.imhfinder.config;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration key, declared once: its name, type, default and what it is for.
 *
 * <p>The same setting is read from the environment as {@code IMH_CRAWL_DELAY} and from a
 * properties file (and Camel placeholders) as {@code imh.crawl.delay}; the environment wins.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {
    private final String envName;
    private final String propertyName;
    private final String defaultValue;
    private final String description;
    private final boolean secret;
    private final Function<String, T> parser;

    Setting(String envName, String defaultValue, String description, boolean secret, Function<String, T> parser) {
        if (!envName.matches("IMH_[A-Z0-9_]+")) {
            throw new IllegalArgumentException("setting names are IMH_ and upper case: " + envName);
        }
        this.envName = envName;
        this.propertyName = envName.toLowerCase(Locale.ROOT).replace('_', '.');
        this.defaultValue = defaultValue;
        this.description = Objects.requireNonNull(description);
        this.secret = secret;
        this.parser = parser;
    }

    /** The environment variable, e.g. {@code IMH_CRAWL_DELAY}. */
    public String envName() {
        return envName;
    }

    /** The properties-file key, e.g. {@code imh.crawl.delay}. */
    public String propertyName() {
        return propertyName;
    }

    /** The default as text; null when the setting has no default (and may be absent). */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** True for tokens and passwords: never logged or printed. */
    public boolean secret() {
        return secret;
    }

    /** Parses a raw value; throws {@link IllegalArgumentException} with the reason when it is bad. */
    public T parse(String raw) {
        return parser.apply(raw.trim());
    }

    @Override
    public String toString() {
        return envName;
    }
}

package org.imhfinder.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolved configuration: every declared setting parsed and validated at once, from the
 * environment over a properties file over the defaults. Anything unknown or malformed stops
 * start-up with every problem listed, each with where it came from.
 */
public final class Settings {
    private final Map<Setting<?>, Object> values;
    private final Map<Setting<?>, String> raw;
    /** The settings given a value (environment, file, {@link #with}), as opposed to left at their default. */
    private final java.util.Set<Setting<?>> given;

    private Settings(Map<Setting<?>, Object> values, Map<Setting<?>, String> raw, java.util.Set<Setting<?>> given) {
        this.values = values;
        this.raw = raw;
        this.given = given;
    }

    /** The process's settings: {@code IMH_*} environment variables over the {@code IMH_CONFIG} file. */
    public static Settings fromEnvironment() {
        return load(System.getenv());
    }

    /** Settings from the given environment (and the properties file it names in {@code IMH_CONFIG}). */
    public static Settings load(Map<String, String> env) {
        Map<String, Located> found = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String configFile = env.get(ConfigKeys.CONFIG.envName());
        if (configFile != null && !configFile.isBlank()) {
            readPropertiesFile(Path.of(configFile.trim()), found, problems);
        }
        env.forEach((name, value) -> {
            if (name.startsWith("IMH_")) {
                Setting<?> setting = byEnvName(name);
                if (setting == null) {
                    problems.add("environment variable " + name + ": not a known setting" + suggestion(name));
                } else {
                    found.put(setting.envName(), new Located(value, "environment variable " + name));
                }
            }
        });
        return resolve(found, problems);
    }

    /** Settings for tests and embedding: values by environment name, nothing read from the process. */
    public static Settings of(Map<String, String> values) {
        Map<String, String> env = new LinkedHashMap<>(values);
        env.remove(ConfigKeys.CONFIG.envName());
        return load(env);
    }

    /** The defaults only. */
    public static Settings defaults() {
        return of(Map.of());
    }

    /** A copy with one setting replaced (validated like any other value). */
    public Settings with(Setting<?> setting, String value) {
        Map<String, String> copy = new LinkedHashMap<>();
        given.forEach(s -> copy.put(s.envName(), raw.get(s)));
        copy.put(setting.envName(), value);
        return of(copy);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        if (!values.containsKey(setting)) {
            throw new ConfigException(setting.envName() + " is not set: " + setting.description());
        }
        return (T) values.get(setting);
    }

    /**
     * True when the setting was given a value (environment, properties file, {@link #with}), false
     * when it holds its default: a command may then look for a better default, such as where the
     * running local stack is.
     */
    public boolean isGiven(Setting<?> setting) {
        return given.contains(setting);
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Setting<T> setting) {
        return Optional.ofNullable((T) values.get(setting));
    }

    /** The raw text of every set value as a properties-file key, for Camel's property placeholders. */
    public Properties asProperties() {
        Properties properties = new Properties();
        raw.forEach((setting, value) -> properties.setProperty(setting.propertyName(), value));
        return properties;
    }

    /** Every value, secrets masked, for a start-up log line. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        raw.forEach((setting, value) -> text.append(setting.envName()).append('=')
                .append(setting.secret() && !value.isEmpty() ? "****" : value).append('\n'));
        return text.toString();
    }

    private static Settings resolve(Map<String, Located> found, List<String> problems) {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        Map<Setting<?>, String> raw = new LinkedHashMap<>();
        java.util.Set<Setting<?>> given = new java.util.HashSet<>();
        for (Setting<?> setting : ConfigKeys.all()) {
            Located located = found.get(setting.envName());
            String text = located != null ? located.value : setting.defaultValue();
            if (text == null) {
                continue;
            }
            try {
                values.put(setting, setting.parse(text));
                raw.put(setting, text.trim());
                if (located != null) {
                    given.add(setting);
                }
            } catch (IllegalArgumentException e) {
                String where = located != null ? located.where : "default of " + setting.envName();
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(ConfigKeys.problemsBetween(values));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("bad configuration:\n  " + String.join("\n  ", problems));
        }
        return new Settings(values, raw, java.util.Set.copyOf(given));
    }

    private static void readPropertiesFile(Path file, Map<String, Located> found, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file + ": cannot read the configuration file (" + e.getMessage() + ")");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(where + ": expected key=value, got '" + line + "'");
                continue;
            }
            String key = line.substring(0, eq).trim();
            Setting<?> setting = byPropertyName(key);
            if (setting == null) {
                problems.add(where + ": '" + key + "' is not a known setting" + suggestion(key));
            } else {
                found.put(setting.envName(), new Located(line.substring(eq + 1).trim(), where + " (" + key + ")"));
            }
        }
    }

    private static Setting<?> byEnvName(String name) {
        return ConfigKeys.all().stream().filter(s -> s.envName().equals(name)).findFirst().orElse(null);
    }

    private static Setting<?> byPropertyName(String name) {
        return ConfigKeys.all().stream()
                .filter(s -> s.propertyName().equals(name) || s.envName().equals(name))
                .findFirst().orElse(null);
    }

    /** "did you mean" for a misspelt key: the declared key with the smallest edit distance, if close. */
    private static String suggestion(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Setting<?> setting : ConfigKeys.all()) {
            String candidate = key.startsWith("IMH_") ? setting.envName() : setting.propertyName();
            int d = editDistance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= 3 ? " (did you mean " + best + "?)" : "";
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Located(String value, String where) {
    }
}

package org.imhfinder.production.images;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imhfinder.production.Repository;
import org.imhfinder.schema.StageNames;

/**
 * The instructions of a Dockerfile that the checks need: base images, files copied from the
 * build context, environment, user and entrypoint. Follows the Dockerfile reference's syntax for
 * line continuations, comments, {@code --flags} and the JSON (exec) form.
 *
 * @param file       where it is
 * @param from       the base image of each stage, in order
 * @param copies     each COPY/ADD from the build context (not {@code --from} another stage)
 * @param env        the ENV variables it sets
 * @param user       the last USER, or null
 * @param entrypoint the ENTRYPOINT in exec form, or an empty list
 * @param args       the build arguments it declares (ARG), with the values this reading gave them
 */
public record Dockerfile(Path file, List<String> from, List<Copy> copies, Map<String, String> env, String user,
                         List<String> entrypoint, Map<String, String> args) {
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)=(\"[^\"]*\"|\\S*)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    /** The one recipe of the four stage images; the build argument STAGE chooses the stage. */
    public static final String STAGE_TEMPLATE = "deploy/images/stage/Dockerfile";
    public static final List<String> STAGES = List.of(StageNames.INGEST, StageNames.NORMALIZE, StageNames.INDEXER, StageNames.SEARCH_API);

    /** One COPY: its sources (relative to the build context) and its destination. */
    public record Copy(List<String> sources, String destination) {
    }

    public static Dockerfile read(Path file) {
        return read(file, Map.of());
    }

    /** A stage's image: the stage template read with {@code --build-arg STAGE=stage}. */
    public static Dockerfile ofStage(String stage) {
        return read(Repository.file(STAGE_TEMPLATE), Map.of("STAGE", stage));
    }

    /** The recipe of an image the project builds ({@code imh/ingest}, {@code imh/elasticsearch}). */
    public static Path forImage(String image) {
        String name = image.substring(image.indexOf('/') + 1);
        return Repository.file(STAGES.contains(name) ? STAGE_TEMPLATE : "deploy/images/" + name + "/Dockerfile");
    }

    /** Every image the project builds, by name, each read with the build arguments it is built with. */
    public static Map<String, Dockerfile> images() {
        Map<String, Dockerfile> out = new LinkedHashMap<>();
        for (Path file : Repository.filesUnder("deploy/images", "Dockerfile")) {
            if (file.equals(Repository.file(STAGE_TEMPLATE))) {
                STAGES.forEach(stage -> out.put("imh/" + stage, ofStage(stage)));
            } else {
                out.put("imh/" + file.getParent().getFileName(), read(file));
            }
        }
        return out;
    }

    /**
     * Reads it as {@code docker build} with these {@code --build-arg}s would: a declared argument
     * not given takes its default, or the empty string, and {@code $NAME} / {@code ${NAME}} are
     * replaced in FROM, COPY, ADD, ENV and USER (not in an exec-form ENTRYPOINT, as Docker does).
     */
    public static Dockerfile read(Path file, Map<String, String> buildArgs) {
        Map<String, String> args = new LinkedHashMap<>();
        List<String> from = new ArrayList<>();
        List<Copy> copies = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        String user = null;
        List<String> entrypoint = List.of();
        for (String instruction : instructions(Repository.read(file))) {
            String[] parts = instruction.split("\\s+", 2);
            String keyword = parts[0].toUpperCase();
            String rest = parts.length > 1 ? parts[1].trim() : "";
            if (!keyword.equals("ENTRYPOINT")) {
                rest = substitute(rest, args);
            }
            switch (keyword) {
                case "ARG" -> {
                    String[] declared = rest.split("=", 2);
                    args.put(declared[0], buildArgs.getOrDefault(declared[0], declared.length > 1 ? declared[1] : ""));
                }
                case "FROM" -> from.add(rest.split("\\s+")[0]);
                case "COPY", "ADD" -> copy(rest).ifPresent(copies::add);
                case "ENV" -> env(rest, env);
                case "USER" -> user = rest;
                case "ENTRYPOINT" -> entrypoint = execForm(rest, file);
                default -> { }
            }
        }
        return new Dockerfile(file, List.copyOf(from), List.copyOf(copies), Map.copyOf(env), user, entrypoint,
                Map.copyOf(args));
    }

    static String substitute(String text, Map<String, String> args) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            variable.appendReplacement(out, Matcher.quoteReplacement(args.getOrDefault(name, variable.group())));
        }
        return variable.appendTail(out).toString();
    }

    /** Instructions with continuation lines joined and comments dropped. */
    static List<String> instructions(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed.substring(0, trimmed.length() - 1).trim()).append(' ');
            } else {
                current.append(trimmed);
                if (!current.toString().isBlank()) {
                    out.add(current.toString().trim());
                }
                current.setLength(0);
            }
        }
        return out;
    }

    private static java.util.Optional<Copy> copy(String rest) {
        List<String> words = new ArrayList<>(Arrays.asList(rest.split("\\s+")));
        boolean fromStage = words.stream().anyMatch(w -> w.startsWith("--from="));
        words.removeIf(w -> w.startsWith("--"));
        if (fromStage || words.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Copy(List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1)));
    }

    private static void env(String rest, Map<String, String> env) {
        Matcher pairs = ENV_PAIR.matcher(rest);
        boolean any = false;
        while (pairs.find()) {
            env.put(pairs.group(1), pairs.group(2).replace("\"", ""));
            any = true;
        }
        if (!any) {
            String[] legacy = rest.split("\\s+", 2);
            env.put(legacy[0], legacy.length > 1 ? legacy[1] : "");
        }
    }

    private static List<String> execForm(String rest, Path file) {
        try {
            return new ObjectMapper().readValue(rest, new TypeReference<List<String>>() { });
        } catch (Exception e) {
            throw new IllegalArgumentException(Repository.relative(file) + ": ENTRYPOINT is not in exec (JSON) form: " + rest, e);
        }
    }
}

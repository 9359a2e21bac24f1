package org.imhfinder.production.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package imports which, with one example each (the shortest, for short messages): from compiled classes (read with ArchUnit) and
 * from source files' import lines. Only imports between different packages are kept.
 */
final class ImportGraph {
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);

    /** An import of package {@code to} by package {@code from}; {@code example} names one class doing it. */
    record Edge(String from, String to, String example) {
        @Override
        public String toString() {
            return from + " -> " + to + ": " + example;
        }
    }

    private final Set<String> packages = new TreeSet<>();
    private final Map<String, Map<String, String>> edges = new TreeMap<>();

    /** Builds a graph by hand (the checker's own tests). */
    static ImportGraph of(String... edges) {
        ImportGraph graph = new ImportGraph();
        for (String edge : edges) {
            String[] ends = edge.split(" -> ");
            graph.packages.add(ends[0]);
            graph.add(ends[0], ends[1], edge);
        }
        return graph;
    }

    static ImportGraph read(List<Path> classFolders, List<Path> sourceFolders) {
        ImportGraph graph = new ImportGraph();
        for (JavaClass type : new ClassFileImporter().importPaths(classFolders)) {
            graph.packages.add(type.getPackageName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                graph.add(type.getPackageName(), dependency.getTargetClass().getBaseComponentType().getPackageName(),
                        dependency.getDescription());
            }
        }
        for (Path folder : sourceFolders) {
            for (Path file : javaFiles(folder)) {
                String text = read(file);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find()) {
                    continue;
                }
                graph.packages.add(pkg.group(1));
                Matcher imports = IMPORT.matcher(text);
                while (imports.find()) {
                    graph.add(pkg.group(1), packageOf(imports.group(1)), file.getFileName() + " imports " + imports.group(1));
                }
            }
        }
        return graph;
    }

    /** The package part of an imported name: up to its first capitalised segment (a type). */
    static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    private void add(String from, String to, String example) {
        if (!to.isEmpty() && !from.equals(to)) {
            edges.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, example, (a, b) -> a.length() <= b.length() ? a : b);
        }
    }

    /** The packages whose classes or sources were read. */
    Set<String> packages() {
        return packages;
    }

    List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        edges.forEach((from, tos) -> tos.forEach((to, example) -> out.add(new Edge(from, to, example))));
        return out;
    }

    /** Only the imports from and to {@code root} and its subpackages. */
    ImportGraph inside(String root) {
        ImportGraph graph = new ImportGraph();
        packages.stream().filter(p -> within(p, root)).forEach(graph.packages::add);
        for (Edge edge : edges()) {
            if (within(edge.from(), root) && within(edge.to(), root)) {
                graph.add(edge.from(), edge.to(), edge.example());
            }
        }
        return graph;
    }

    private static boolean within(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    /** Each group of two or more packages that import each other, directly or round about (Tarjan's components). */
    List<List<String>> cycles() {
        Set<String> nodes = new TreeSet<>(packages);
        edges.forEach((from, tos) -> {
            nodes.add(from);
            nodes.addAll(tos.keySet());
        });
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        for (String node : nodes) {
            if (!index.containsKey(node)) {
                connect(node, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private void connect(String node, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                         Set<String> onStack, List<List<String>> out) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, index, low, stack, onStack, out);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                out.add(component.stream().sorted().toList());
            }
        }
    }

    /** The imports that close the cycles, for the failure message. */
    String explain(List<List<String>> cycles) {
        StringBuilder out = new StringBuilder();
        for (List<String> cycle : cycles) {
            for (Edge edge : edges()) {
                if (cycle.contains(edge.from()) && cycle.contains(edge.to())) {
                    out.append("  ").append(edge).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

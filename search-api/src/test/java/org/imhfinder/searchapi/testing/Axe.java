package org.imhfinder.searchapi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imhfinder.schema.Json;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run in the page under test: its script is handed to the browser by WebDriver (which the
 * page's Content-Security-Policy does not govern: CSP limits what the page itself loads), then
 * {@code axe.run} checks the document as it stands, with every rule axe enables by default (WCAG 2 A
 * and AA, and its best practices). The script is axe-core's npm package, fetched by {@code .ci/run}
 * ({@code npm pack axe-core@VERSION}) into {@link #DEFAULT}; {@code -Dimh.axe.js=FILE} or
 * {@code AXE_CORE_JS} name another copy. Without it the checks are skipped, except under CI, where
 * its absence is a failure. Every result is appended to {@code target/axe/results.txt}.
 */
public final class Axe {
    public static final String VERSION = "4.11.0";
    public static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".cache", "imh", "axe-core-" + VERSION, "axe.min.js");
    private static final Path RESULTS = Path.of("target", "axe", "results.txt");
    private static String source;

    private Axe() {
    }

    /** Where axe-core's script is, if anywhere. */
    public static Path location() {
        String configured = System.getProperty("imh.axe.js", System.getenv("AXE_CORE_JS"));
        return configured != null && !configured.isBlank() ? Path.of(configured) : DEFAULT;
    }

    /** True when axe-core can run; under CI its absence fails the caller. */
    public static boolean available() {
        boolean present = Files.isReadable(location());
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs axe-core at " + location() + " (.ci/run fetches it with npm pack)");
        }
        return present;
    }

    /** One violation: the rule, its impact, what it asks for and where (CSS selectors of up to five elements). */
    public record Violation(String rule, String impact, String help, List<String> where) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + where;
        }
    }

    /**
     * Runs axe on the page as it is now and records the result under {@code name}; empty when axe is
     * not available (see {@link #available()}).
     */
    public static List<Violation> check(WebDriver driver, String name) throws IOException {
        if (!available()) {
            record(name + ": axe-core not available at " + location() + ", not checked");
            return List.of();
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object answer = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(JSON.stringify({passes: r.passes.length, incomplete: r.incomplete.length,"
                + " violations: r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                + " where: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))})))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
        JsonNode result = Json.mapper().readTree(String.valueOf(answer));
        if (result.has("error")) {
            throw new IllegalStateException("axe-core failed on " + name + ": " + result.path("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : result.path("violations")) {
            List<String> where = new ArrayList<>();
            v.path("where").forEach(w -> where.add(w.asText()));
            violations.add(new Violation(v.path("rule").asText(), v.path("impact").asText(), v.path("help").asText(), where));
        }
        record(name + ": " + violations.size() + " violations, " + result.path("passes").asInt() + " rules passed, "
                + result.path("incomplete").asInt() + " to review by hand" + (violations.isEmpty() ? "" : " " + violations));
        return violations;
    }

    private static synchronized String script() throws IOException {
        if (source == null) {
            source = Files.readString(location());
        }
        return source;
    }

    private static synchronized void record(String line) throws IOException {
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, "AXE: " + line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("AXE: " + line);
    }
}

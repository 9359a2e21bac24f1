package org.imhfinder.searchapi.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, the system's ({@code chromium} and {@code chromium-driver} packages),
 * with a fresh profile. Without them the browser tests are skipped, except under CI, where
 * {@code .ci/run} installs them and their absence is a failure.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        Path profile = Files.createTempDirectory("imh-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Saves what the whole page looks like now (beyond the window's height, as a person scrolling
     * sees it) under target/screenshots, for a person to look at; returns the file.
     */
    public Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        try {
            // the whole width a capture beyond the window lays out (no vertical scroll bar then)
            Object size = driver.executeScript("return [Math.max(document.documentElement.scrollWidth, window.innerWidth),"
                    + " document.documentElement.scrollHeight];");
            java.util.List<?> wh = (java.util.List<?>) size;
            var clip = java.util.Map.of("x", 0, "y", 0, "width", ((Number) wh.get(0)).intValue(),
                    "height", Math.min(((Number) wh.get(1)).intValue(), 12_000), "scale", 1);
            var shot = driver.executeCdpCommand("Page.captureScreenshot", java.util.Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", clip));
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (RuntimeException e) { // no DevTools: the window alone
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("SCREENSHOT: " + file.toAbsolutePath());
        return file;
    }

    /** A phone's window (390 x 844 CSS pixels, as an iPhone 14's), or the desktop's (1280 x 900). */
    public void phone(boolean phone) {
        driver.manage().window().setSize(phone ? new org.openqa.selenium.Dimension(390, 844)
                : new org.openqa.selenium.Dimension(1280, 900));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

}

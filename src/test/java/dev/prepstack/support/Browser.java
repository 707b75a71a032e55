package dev.prepstack.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (which must not download a browser of its own). Browser
 * tests skip with a message when /usr/bin/chromium is missing, unless PREPSTACK_REQUIRE_BROWSER=true.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM =
            Path.of(System.getenv().getOrDefault("PREPSTACK_CHROMIUM", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final BrowserContext context;
    private final List<BrowserContext> others = new java.util.ArrayList<>();

    private Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        context = browser.newContext(new NewContextOptions().setViewportSize(1280, 900));
    }

    public static Browser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message =
                    "Chromium not found at " + CHROMIUM + ": skipping browser tests (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("PREPSTACK_REQUIRE_BROWSER"))) {
                throw new AssertionError(message + " (but PREPSTACK_REQUIRE_BROWSER=true makes them mandatory)");
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        return new Browser();
    }

    public Page newPage() {
        return context.newPage();
    }

    /** A page in a separate browser profile (its own cookies): a second person at another computer. */
    public Page newPageAsSomeoneElse() {
        BrowserContext other = browser.newContext(new NewContextOptions().setViewportSize(1280, 900));
        others.add(other);
        return other.newPage();
    }

    /** The phone the product is checked on: 390 by 844 CSS pixels, a browser profile of its own. */
    public Page newPhonePage() {
        BrowserContext phone = browser.newContext(new NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setDeviceScaleFactor(2));
        others.add(phone);
        return phone.newPage();
    }

    /** A page in a browser profile with JavaScript off: what works without it must work here. */
    public Page newPageWithoutJavaScript() {
        BrowserContext plain = browser.newContext(
                new NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(false));
        others.add(plain);
        return plain.newPage();
    }

    /** How many CSS pixels the page is wider than its viewport (0: nothing scrolls sideways). */
    public static int sidewaysOverflow(Page page) {
        Object px = page.evaluate(
                "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth");
        return ((Number) px).intValue();
    }

    /**
     * A screenshot of what is in view (not the full page), under target/screenshots, or under the
     * folder in -Dprepstack.screenshots (docs/screenshots for the README's pictures).
     */
    public static Path viewScreenshot(Page page, String name) {
        Path folder = Path.of(System.getProperty("prepstack.screenshots", SCREENSHOTS.toString()));
        Path file = folder.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    /** Signs the person in on the page's context, signed out first: pages of one context share cookies. */
    public static void signIn(Page page, int port, People.Person person) {
        String base = "http://localhost:" + port;
        page.context().clearCookies();
        page.navigate(base + "/login");
        page.locator("#email").fill(person.email());
        page.locator("#password").fill(person.password());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(base + "/");
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        others.forEach(BrowserContext::close);
        context.close();
        browser.close();
        playwright.close();
    }
}

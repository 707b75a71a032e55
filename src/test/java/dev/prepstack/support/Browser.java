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

package io.github.gcmsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gcmsdk.io.ReadLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code gcm serve} in a real browser: headless Chromium from Debian's {@code
 * chromium} and {@code chromium-driver} packages, driven through WebDriver. One browser for the
 * class (starting one takes about a second); each test reloads the page.
 *
 * <p>Without the browser the tests fail, saying how to install it: they are never skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("gcm.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("gcm.chromedriver", "/usr/bin/chromedriver"));
  /** Screenshots kept for people (CI keeps target/). */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** Written into every string of the hostile file: would set window.gcmPwned if it ran. */
  static final String SCRIPT = "<script>window.gcmPwned = 1</script>"
      + "<img src=x onerror=\"window.gcmPwned = 2\">";

  WebServer server;
  ChromeDriver browser;
  WebDriverWait wait;
  Path work;
  Path downloads;

  @BeforeAll
  void start() throws IOException {
    List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p))
        .map(Path::toString).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      fail("The browser tests of gcm serve need headless Chromium and its driver; missing: "
          + String.join(", ", missing) + ". Install them with 'apt-get install -y chromium"
          + " chromium-driver' (Debian; .ci/run does it), or name others with"
          + " -Dgcm.chromium=... -Dgcm.chromedriver=...");
    }
    work = Files.createTempDirectory("gcm-serve-test");
    downloads = Files.createDirectory(work.resolve("downloads"));
    server = WebServer.start(InetAddress.getLoopbackAddress(), "127.0.0.1", 0,
        new WebCheck(false)::check, ReadLimits.defaults().getMaxDocumentSize());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectory(work.resolve("profile")));
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    browser.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class); // a report redrawn while looked at
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (work != null) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void open() {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    // a new page each time: from the page itself, the address with #token is the same page
    browser.get("about:blank");
    browser.get(server.url().toString());
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /** Uploads files through the file input and waits until each one has its report. */
  List<WebElement> upload(Path... files) {
    int before = browser.findElements(By.cssSelector("section.file")).size();
    browser.findElement(By.id("files")).sendKeys(Stream.of(files)
        .map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
    wait.until(d -> d.findElements(By.cssSelector("section.file h2 .badge, section.file .failed"))
        .size() == before + files.length);
    return browser.findElements(By.cssSelector("section.file"));
  }

  Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  void screenshot(String name) throws IOException {
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Every invalid example at once: each shows the problem its .expected file names, located. */
  @Test
  void everyInvalidExampleShowsItsExpectedProblem() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Run.INVALID)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
    List<WebElement> sections = upload(files.toArray(Path[]::new));
    assertEquals(files.size(), sections.size());
    for (int i = 0; i < files.size(); i++) {
      WebElement section = sections.get(i);
      String name = files.get(i).getFileName().toString();
      assertEquals(name, section.findElement(By.cssSelector("h2 bdi")).getText());
      assertEquals("not valid", section.findElement(By.cssSelector(".badge")).getText(), name);
      List<String> shown = new ArrayList<>();
      for (WebElement row : section.findElements(By.cssSelector("tbody tr"))) {
        shown.add(row.findElement(By.cssSelector("td.location")).getText() + " "
            + row.findElement(By.cssSelector("td.severity")).getText() + " "
            + row.findElement(By.cssSelector("td.code")).getText());
      }
      List<String> expected = Files.readAllLines(Run.INVALID.resolve(
              name.replace(".json", ".expected"))).stream()
          .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toList());
      assertEquals(expected, shown, name);
    }
  }

  @Test
  void theExampleIsValidWithItsCoverageDrawnAndPhoneSized() throws IOException {
    WebElement section = upload(Run.EXAMPLE).get(0);
    assertEquals("valid", section.findElement(By.cssSelector(".badge")).getText());
    assertEquals("No problems found.", section.findElement(By.cssSelector(".problems .none"))
        .getText());
    List<WebElement> objectives = section.findElements(By.cssSelector(
        "ul[aria-labelledby$='-objectives'] li"));
    assertEquals(23, objectives.size());
    // the widest bar is the objective with most entries; none wider than its track
    long full = objectives.stream().filter(li -> {
      int bar = li.findElement(By.cssSelector(".bar")).getSize().getWidth();
      int fill = li.findElement(By.cssSelector(".fill")).getSize().getWidth();
      assertTrue(fill <= bar, fill + " > " + bar);
      return fill >= bar - 2;
    }).count();
    assertTrue(full >= 1, "no full bar");
    browser.manage().window().setSize(new Dimension(390, 844));
    upload(Run.INVALID.resolve("dangling-reference.json"));
    // nothing wider than the screen: no sideways scrolling on a phone
    screenshot("gcm-serve-phone.png");
    long overflow = (Long) script("return document.documentElement.scrollWidth"
        + " - document.documentElement.clientWidth");
    assertEquals(0, overflow, () -> "the page scrolls sideways on a phone: " + script(
        "const w = document.documentElement.clientWidth; return Array.from("
            + "document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
            + " > w).slice(0, 6).map(e => e.tagName + '.' + e.className + ' '"
            + " + e.getBoundingClientRect().right).join(', ')"));
    WebElement row = browser.findElements(By.cssSelector("section.file")).get(1)
        .findElement(By.cssSelector("tbody tr"));
    assertEquals("block", row.getCssValue("display"), "a problem is a card on a phone");
  }

  @Test
  void theFilterShowsTheChosenCodeAndSeverityOnly() throws IOException {
    // one JSON Lines file made of every invalid example, a record each: several codes
    StringBuilder lines = new StringBuilder();
    try (Stream<Path> list = Files.list(Run.INVALID)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".json")
          && !p.getFileName().toString().startsWith("truncated")).sorted()
          .collect(Collectors.toList())) {
        lines.append(Files.readString(file).replace("\r", "").replace("\n", " ")).append('\n');
      }
    }
    Path jsonl = work.resolve("several.jsonl");
    Files.writeString(jsonl, lines);
    WebElement section = upload(jsonl).get(0);
    List<WebElement> rows = section.findElements(By.cssSelector("tbody tr"));
    assertTrue(rows.size() >= 8, rows.size() + " rows");
    Select code = new Select(section.findElement(By.cssSelector("select.filter-code")));
    code.selectByValue("GCM-V011");
    List<WebElement> visible = rows.stream().filter(WebElement::isDisplayed)
        .collect(Collectors.toList());
    assertEquals(1, visible.size());
    assertEquals("GCM-V011", visible.get(0).findElement(By.cssSelector("td.code")).getText());
    assertTrue(visible.get(0).findElement(By.cssSelector("td.location")).getText()
        .startsWith("document 2, 2:"), "the record's line in the file");
    assertEquals("1 of " + rows.size() + " problems shown",
        section.findElement(By.cssSelector(".shown")).getText());
    code.selectByValue("");
    new Select(section.findElement(By.cssSelector("select.filter-severity")))
        .selectByValue("WARNING");
    assertTrue(rows.stream().filter(WebElement::isDisplayed).allMatch(r ->
        r.findElement(By.cssSelector("td.severity")).getText().equals("warning")));
    new Select(section.findElement(By.cssSelector("select.filter-severity")))
        .selectByValue("ERROR");
    assertTrue(rows.stream().filter(WebElement::isDisplayed).count() >= 8);
  }

  /** With the keyboard alone: Tab to a problem's location, Enter, and the source is shown. */
  @Test
  void theKeyboardAloneReachesAProblemAndJumpsToItsLineAndColumn() throws IOException {
    Path file = Run.INVALID.resolve("blank-recommendation.json");
    upload(file);
    browser.findElement(By.tagName("body")).click();
    WebElement focused = null;
    for (int i = 0; i < 30; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      focused = browser.switchTo().activeElement();
      if ("goto".equals(focused.getAttribute("class"))) {
        break;
      }
    }
    assertEquals("goto", focused.getAttribute("class"), "no problem reached with Tab");
    assertEquals("33:19", focused.getText());
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    WebElement source = browser.switchTo().activeElement();
    assertTrue(source.getAttribute("class").contains("source"), "the source view has the focus");
    WebElement marked = source.findElement(By.cssSelector("li.marked"));
    List<String> text = Files.readAllLines(file);
    assertEquals(text.get(32), marked.getText(), "line 33 is the marked one");
    assertEquals(String.valueOf(text.get(32).charAt(18)),
        marked.findElement(By.cssSelector("mark.column")).getText(), "column 19 is marked");
    int start = Integer.parseInt(source.findElement(By.cssSelector("ol")).getAttribute("start"));
    assertEquals(33, start + source.findElements(By.cssSelector("li")).indexOf(marked));
    screenshot("gcm-serve.png");
  }

  @Test
  void theJsonReportDownloadedIsGcmValidatesReport() throws IOException, InterruptedException {
    Path file = Run.INVALID.resolve("unknown-country.json");
    WebElement section = upload(file).get(0);
    section.findElement(By.cssSelector("button.download-report")).click();
    Path report = downloads.resolve("unknown-country.report.json");
    wait.until(d -> Files.exists(report));
    JsonNode downloaded = MAPPER.readTree(report.toFile());
    Run run = Run.gcm("validate", "--format", "json", file.toString());
    JsonNode expected = MAPPER.readTree(run.out);
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("files").get(0))
        .put("path", "unknown-country.json");
    assertEquals(expected, downloaded);
  }

  /** A file with markup in its name and in every string: shown as text, nothing runs. */
  @Test
  void markupInAFileIsShownAsTextAndRunsNothing() throws IOException {
    JsonNode document = MAPPER.readTree(Run.INVALID.resolve("dangling-reference.json").toFile());
    Path hostile = work.resolve("<img src=x onerror=window.gcmPwned=3>.json");
    Files.writeString(hostile, MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(withScript(document)), StandardCharsets.UTF_8);
    WebElement section = upload(hostile).get(0);
    assertEquals(hostile.getFileName().toString(),
        section.findElement(By.cssSelector("h2 bdi")).getText());
    List<WebElement> gotos = section.findElements(By.cssSelector("button.goto"));
    assertFalse(gotos.isEmpty());
    for (WebElement go : gotos) {
      go.click();
    }
    String shown = section.findElement(By.cssSelector(".source")).getText();
    assertTrue(shown.contains("<script>"), shown);
    String messages = section.findElements(By.cssSelector("td.message")).stream()
        .map(WebElement::getText).collect(Collectors.joining("\n"));
    assertTrue(messages.contains("<script>"), "a message quotes the value, as text: " + messages);
    assertEquals(null, script("return window.gcmPwned === undefined ? null : window.gcmPwned"));
    assertEquals(0L, script("return document.querySelectorAll('#results img, #results script')"
        + ".length"));
    screenshot("gcm-serve-markup.png");
  }

  @Test
  void theInterfaceAndTheMessagesFollowTheLanguage() {
    WebElement section = upload(Run.INVALID.resolve("blank-recommendation.json")).get(0);
    String english = section.findElement(By.cssSelector("td.message")).getText();
    new Select(browser.findElement(By.id("lang"))).selectByValue("fr");
    wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Vérifier"));
    wait.until(d -> !d.findElement(By.cssSelector("section.file td.message")).getText()
        .equals(english));
    WebElement french = browser.findElement(By.cssSelector("section.file"));
    assertEquals("non valide", french.findElement(By.cssSelector(".badge")).getText());
    assertNotEquals(english, french.findElement(By.cssSelector("td.message")).getText());
  }

  /**
   * Right-to-left text: Arabic, and a right-to-left override that would reorder the rest of the
   * line on screen, in a value with a problem. The override is shown as an escape, the Arabic as
   * it is; the message cell lets the browser find the direction of its text.
   */
  @Test
  void rightToLeftTextIsShownSafely() throws IOException {
    String text = Files.readString(Run.INVALID.resolve("unknown-country.json"));
    String country = MAPPER.readTree(text).findValue("countries").get(0).asText();
    Path file = work.resolve("rtl.json");
    Files.writeString(file, text.replace("\"" + country + "\"",
        "\"\u0645\u0635\u0631\u202Eevil\""), StandardCharsets.UTF_8);
    WebElement section = upload(file).get(0);
    WebElement go = section.findElement(By.cssSelector("button.goto"));
    go.click();
    String marked = section.findElement(By.cssSelector(".source li.marked")).getText();
    assertTrue(marked.contains("\u0645\u0635\u0631\\u202Eevil"), marked);
    assertFalse(marked.contains("\u202E"), "the override reached the screen: " + marked);
    assertEquals("auto", section.findElement(By.cssSelector("td.message")).getAttribute("dir"));
  }

  @Test
  void aSpreadsheetProblemShowsItsCell() throws IOException {
    Path zip = work.resolve("sheets.zip");
    Files.write(zip, WebServerTest.csvZip());
    WebElement section = upload(zip).get(0);
    WebElement go = section.findElements(By.cssSelector("button.goto")).stream()
        .filter(b -> b.getText().equals("Findings!C3")).findFirst()
        .orElseThrow(() -> new AssertionError(section.getText()));
    go.click();
    assertEquals("Spreadsheet cell Findings!C3",
        section.findElement(By.cssSelector(".source p")).getText());
    assertTrue(section.findElements(By.cssSelector("button.download-rejected")).isEmpty());
  }

  @Test
  void theDraftProfileLetsABlankTextPass() {
    WebElement section = upload(Run.INVALID.resolve("blank-recommendation.json")).get(0);
    assertEquals("not valid", section.findElement(By.cssSelector(".badge")).getText());
    new Select(browser.findElement(By.id("profile"))).selectByValue("draft");
    wait.until(d -> d.findElement(By.cssSelector("section.file .badge")).getText()
        .equals("valid"));
    Run run = Run.gcm("validate", "--profile", "draft", "--format", "json",
        Run.INVALID.resolve("blank-recommendation.json").toString());
    assertEquals(0, run.status, run.toString());
  }

  /** Every string of a JSON tree with {@link #SCRIPT} appended. */
  static JsonNode withScript(JsonNode node) {
    if (node.isTextual()) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(node.asText() + SCRIPT);
    }
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = MAPPER.createObjectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), withScript(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(e -> copy.add(withScript(e)));
      return copy;
    }
    return node;
  }
}

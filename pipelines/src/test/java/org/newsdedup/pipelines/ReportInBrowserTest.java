package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report of the seeds, opened in headless Chromium: the page renders, and the groups it
 * shows are the seeds' groups. Needs Debian's {@code chromium}; without it the test is skipped,
 * unless {@code NEWSDEDUP_REQUIRE_BROWSER=1} (as CI sets) makes its absence a failure.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path temp;

  @Test
  void theSeedsReportRendersWithTheirGroupsSideBySide() throws Exception {
    boolean required = "1".equals(System.getenv("NEWSDEDUP_REQUIRE_BROWSER"));
    assumeTrue(required || Files.isExecutable(CHROMIUM), "Chromium is not installed");
    Path out = temp.resolve("out");
    assertEquals(
        ExitCode.SUCCESS,
        NewsDedupTest.run("--input=../testdata/seeds/*.txt", "--output=" + out));
    Path report = out.resolve("report.html");

    String dom = chromium("--dump-dom", report.toUri().toString());
    Path screenshot = Path.of("target", "report-seeds.png").toAbsolutePath();
    chromium("--screenshot=" + screenshot, "--window-size=1400,1800", report.toUri().toString());

    assertTrue(dom.contains("<h1>newsdedup run report</h1>"), dom);
    String duplicates = section(dom, "duplicate-groups");
    assertEquals(List.of("000", "004"), sorted(memberFiles(duplicates)));
    String stories = section(dom, "story-groups");
    assertEquals(
        List.of("000", "001", "002", "003", "004"), sorted(memberFiles(stories)));
    assertTrue(stories.contains("<ins>"), "the rewrites' differences are highlighted");
    assertTrue(Files.size(screenshot) > 10_000, "Chromium painted the page");
  }

  private String chromium(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(temp, "chromium")));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(temp.resolve("chromium.log").toFile()).start();
    byte[] stdout = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
    assertEquals(0, process.exitValue(), Files.readString(temp.resolve("chromium.log")));
    return new String(stdout, StandardCharsets.UTF_8);
  }

  private static String section(String dom, String id) {
    int start = dom.indexOf("<section id=\"" + id + "\">");
    assertTrue(start >= 0, "section " + id);
    return dom.substring(start, dom.indexOf("</section>", start));
  }

  /** The seeds' numbers of the members shown: ids are the file name with a hash of its path. */
  private static List<String> memberFiles(String html) {
    Matcher m = Pattern.compile("class=\"member\" data-id=\"[^\"]*/(\\d{3})_[0-9a-f]+\\.txt\"").matcher(html);
    List<String> files = new ArrayList<>();
    while (m.find()) {
      files.add(m.group(1));
    }
    return files;
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}

package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input written to attack the run: pages that refer to resources on a server, text that looks
 * like code, file names that look like paths. The run fetches nothing, runs nothing, and writes
 * nowhere but into --output.
 */
class HostileInputRunTest {
  private static final Path CODE_IN_TEXT = Path.of("..", "testdata", "bad-input", "code-in-text.txt");
  private static final String ARTICLE =
      "Harbour board meets\n\n"
          + "The harbour board met on Monday and agreed to rebuild the pier before the summer.\n"
          + "Its members said that the work would cost less than the council had feared.\n";

  @TempDir Path temp;

  @Test
  void anHtmlPageReferringToAServerMakesNoConnectionToIt() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      String page =
          "<!DOCTYPE html><html><head><base href=\"" + base + "/\">"
              + "<link rel=\"stylesheet\" href=\"" + base + "/site.css\">"
              + "<link rel=\"preload\" href=\"" + base + "/font.woff2\">"
              + "<script src=\"" + base + "/app.js\"></script>"
              + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/next\"></head><body>"
              + "<img src=\"" + base + "/a.png\" srcset=\"" + base + "/b.png 2x\">"
              + "<iframe src=\"" + base + "/frame\"></iframe>"
              + "<object data=\"" + base + "/object\"></object>"
              + "<video poster=\"" + base + "/poster.jpg\" src=\"" + base + "/v.mp4\"></video>"
              + "<article><h1>Harbour board meets</h1><p>The harbour board met on Monday and agreed"
              + " to rebuild the pier before the summer, after a storm damaged it.</p><p>Its members"
              + " said that the work would cost less than the council had feared.</p></article>"
              + "<svg><image href=\"" + base + "/svg.png\"/></svg></body></html>";
      Path input = Files.createDirectories(temp.resolve("in"));
      Files.writeString(input.resolve("page.html"), page);
      Files.writeString(input.resolve("copy.html"), page);

      ExitCode code =
          BadInputTest.run("--input=" + input + "/*.html", "--output=" + temp.resolve("out"));

      assertEquals(ExitCode.SUCCESS, code);
      assertEquals(2, BadInputTest.readLines(temp.resolve("out"), "articles").size());
      server.setSoTimeout(1000);
      assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to " + base);
    }
  }

  @Test
  void textThatLooksLikeCodeIsKeptAsTextEscapedInTheReportAndNeverRun() throws IOException {
    Path input = Files.createDirectories(temp.resolve("in"));
    Files.copy(CODE_IN_TEXT, input.resolve("one.txt"));
    Files.copy(CODE_IN_TEXT, input.resolve("two.txt"));
    Path out = temp.resolve("out");

    ExitCode code = BadInputTest.run("--input=" + input + "/*.txt", "--output=" + out);

    assertEquals(ExitCode.SUCCESS, code);
    String text = BadInputTest.readLines(out, "articles").get(0).get("text").asText();
    assertTrue(text.contains("${jndi:ldap://127.0.0.1:1/a} and {{7*7}}"), text);
    assertTrue(text.contains("<script>alert(document.cookie)</script>"), text);
    assertFalse(Files.exists(Path.of("/tmp/newsdedup-pwned")));
    String report = Files.readString(out.resolve("report.html"));
    assertTrue(report.contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;"));
    assertFalse(report.contains("<script>alert"));
  }

  @Test
  void fileNamesThatLookLikePathsNeverLeadOutsideTheOutputFolder() throws IOException {
    Path input = Files.createDirectories(temp.resolve("in/deep/er"));
    List<String> names =
        List.of("..txt", "...txt", "..\\..\\x.txt", "-rf.txt", "a\nb.txt", "%2e%2e%2fx.txt",
            "$(id).txt", "n" + "x".repeat(240) + ".txt", "ü ü.txt", ".hidden.txt");
    for (String name : names) {
      Files.writeString(input.resolve(name), ARTICLE + name + "\n");
    }
    Set<Path> before = allFiles(temp);
    Path out = temp.resolve("out");

    ExitCode code =
        BadInputTest.run(
            "--input=" + temp.resolve("in/deep/er/../er") + "/*", "--output=" + out,
            "--tiers=duplicate", "--outputShards=3");

    assertEquals(ExitCode.SUCCESS, code);
    for (Path file : allFiles(temp)) {
      assertTrue(before.contains(file) || file.startsWith(out), "written outside --output: " + file);
    }
    Set<String> ids = new TreeSet<>();
    for (JsonNode article : BadInputTest.readLines(out, "articles")) {
      ids.add(article.get("id").asText());
    }
    Set<String> expected = new TreeSet<>();
    names.forEach(name -> expected.add(temp.resolve("in/deep/er/../er") + "/" + name));
    assertEquals(expected, ids, "ids are the names as given, used as data only");
  }

  private static Set<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return new TreeSet<>(files.filter(Files::isRegularFile).map(Path::normalize).toList());
    }
  }
}

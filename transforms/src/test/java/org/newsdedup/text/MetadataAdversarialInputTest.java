package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.RemovedLine;

/**
 * Every metadata rule reads lines of any length: each is run on long lines of repeated
 * characters and words that make backtracking patterns blow up, and must finish in bounded time.
 */
class MetadataAdversarialInputTest {
  /** Long enough that a quadratic pattern takes many seconds; a linear one takes milliseconds. */
  private static final int LENGTH = 30_000;
  private static final Duration LIMIT = Duration.ofSeconds(2);

  private static List<String> adversarialLines() {
    List<String> lines = new ArrayList<>();
    for (String unit : List.of(" ", "(", "A", "“", "年", "Ab ", "By ", "Jane Doe, ", "1 January ",
        "Home > ", "© 2024 ", "12:30 ", "ISLAMABAD ", "van der ", "\"Yes,\" he said ")) {
      lines.add(unit.repeat(Math.max(1, LENGTH / unit.length())));
      lines.add("By Jane" + unit.repeat(LENGTH / unit.length() / 2) + "Doe");
    }
    lines.add("ISLAMABAD" + " ".repeat(LENGTH) + "(Reuters) - talks");
    return lines;
  }

  private static void eachLineFinishes(Consumer<String> rule) {
    for (String line : adversarialLines()) {
      assertTimeoutPreemptively(LIMIT, () -> rule.accept(line), () -> "slow on " + line.substring(0, 20));
    }
  }

  @Test
  void theExtractorReadsEveryKindOfLineInBoundedTime() {
    eachLineFinishes(line -> MetadataExtractor.extract(
        List.of(line, line), List.of(new RemovedLine(1, line, "header-line"),
            new RemovedLine(2, line, "breadcrumb"), new RemovedLine(3, line, "byline")),
        DateOrder.DAY_FIRST));
  }

  @Test
  void eachRuleReadsALongLineInBoundedTime() {
    eachLineFinishes(DateParser::findDayFirst);
    eachLineFinishes(Datelines::read);
    eachLineFinishes(Bylines::read);
    eachLineFinishes(Bylines::readUnmarked);
    eachLineFinishes(Bylines::reporters);
    eachLineFinishes(AgencyCredits::in);
    eachLineFinishes(Agencies::allMentioned);
    eachLineFinishes(Publishers::noticeName);
    eachLineFinishes(Crumbs::ofTrail);
    eachLineFinishes(UiPhrases::isControl);
    eachLineFinishes(UiPhrases::isMenuRow);
    eachLineFinishes(line -> People.find(List.of(line)));
    eachLineFinishes(line -> Quotes.find(List.of(line), List.of("Jane Doe")));
    eachLineFinishes(line -> Entities.find(List.of(line), null));
    eachLineFinishes(TextStats::of);
  }
}

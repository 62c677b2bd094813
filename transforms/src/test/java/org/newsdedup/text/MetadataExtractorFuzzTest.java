package org.newsdedup.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.newsdedup.model.RemovedLine;

/**
 * Any paragraphs and removed lines (with the reasons the cleaner gives header lines): the
 * metadata rules, the language guess and the text sizes finish on them.
 */
class MetadataExtractorFuzzTest {
  private static final String[] REASONS = {
    "headline", "byline", "date-line", "breadcrumb", "header-line", "photo-credit", "copyright"
  };

  @FuzzTest(maxDuration = "5m")
  void readsAnyLines(FuzzedDataProvider data) {
    DateOrder order = data.pickValue(DateOrder.values());
    List<RemovedLine> removed = new ArrayList<>();
    int removedCount = data.consumeInt(0, 6);
    for (int i = 0; i < removedCount; i++) {
      removed.add(new RemovedLine(i + 1, data.consumeString(200), data.pickValue(REASONS)));
    }
    String text = data.consumeRemainingAsString();
    List<String> paragraphs = List.of(text.split("\n"));

    MetadataExtractor.extract(paragraphs, removed, order);
    LanguageIdentifier.identify(text);
    TextStats.of(text);
  }
}

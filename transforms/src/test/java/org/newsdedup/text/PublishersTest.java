package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishersTest {
  private static PageLine head(String text) {
    return new PageLine(text, "header-line");
  }

  private static PageLine kept(String text) {
    return new PageLine(text, null);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "© 2024 The Northern Courier Ltd. Registered in England and Wales. ; The Northern Courier",
        "© Carnford Evening Post 2024. All rights reserved. ; Carnford Evening Post",
        "© 2024 WRBN News 4 | All Rights Reserved ; WRBN News 4",
        "© 2024 Northland Daily News, a division of Northland Media Inc. ; Northland Daily News",
        "The Brussels Courier © 2024. All rights reserved. ; The Brussels Courier",
        "© Copyright 2000-2024 Portal Jornal do Sudeste. Todos os direitos reservados. ; Portal Jornal do Sudeste",
        "© 2024 Het Dagnieuws B.V. ; Het Dagnieuws",
        "Copyright © みらい新聞社 All rights reserved. ; みらい新聞社"
      })
  void aNoticeNamesTheOutletWithoutYearsRightsOrCompanyForm(String line, String name) {
    assertEquals(name, Publishers.noticeName(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"©2024 Bloomberg L.P.", "Riproduzione riservata © Copyright ANSA",
        "Read more on this story", "Pakistan and Iran agree", "©"})
  void agencyNoticesAndOtherLinesNameNoOutlet(String line) {
    assertNull(Publishers.noticeName(line));
  }

  @Test
  void theMastheadIsWrittenAsThePageWritesIt() {
    assertEquals(
        "The Daily Standard",
        Publishers.find(List.of(head("The Daily Standard"), head("Sign in")), -1,
            List.of(kept("© 2024 Daily Standard Publishing Ltd"))));
    assertEquals(
        "The Capital Ledger",
        Publishers.find(List.of(head("THE CAPITAL LEDGER")), -1,
            List.of(kept("© 2024 The Capital Ledger Company"))));
  }

  @Test
  void aLogoDefersToTheNoticeAndControlsAreSkipped() {
    assertEquals(
        "WRBN News 4",
        Publishers.find(List.of(head("menu icon"), head("WRBN logo"), head("Weather")), -1,
            List.of(kept("© 2024 WRBN News 4 | All Rights Reserved"))));
    assertEquals(
        "The Brussels Courier",
        Publishers.find(
            List.of(new PageLine("This website uses cookies", "cookie-notice"), head("Show details"),
                head("The Brussels Courier")),
            -1, List.of()));
  }

  @Test
  void withoutMastheadOrNoticeThereIsNoPublisher() {
    assertNull(Publishers.find(List.of(), -1, List.of(kept("Read more on this story"))));
    assertEquals("The Stock Dork",
        Publishers.find(List.of(), -1, List.of(kept("Read More From The Stock Dork"))));
  }

  @Test
  void theHeadlineIsNeverTheMasthead() {
    assertNull(Publishers.find(List.of(head("Port strike ends after eleven days")), 0, List.of()));
  }

  @Test
  void namesOfOneOutletAreRelated() {
    assertTrue(Publishers.related("The Daily Standard", "Daily Standard"));
    assertTrue(Publishers.related("みらい新聞デジタル", "みらい新聞社"));
    assertFalse(Publishers.related("Finance Hub", "Bloomberg"));
  }
}

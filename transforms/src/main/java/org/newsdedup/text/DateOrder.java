package org.newsdedup.text;

/** How to read an all-numeric date such as 03/01/2024 when both readings are valid. */
public enum DateOrder {
  /** 03/01/2024 is 3 January (most of the world). */
  DAY_FIRST,
  /** 03/01/2024 is March 1 (the United States). */
  MONTH_FIRST
}

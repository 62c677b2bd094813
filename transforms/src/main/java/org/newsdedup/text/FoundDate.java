package org.newsdedup.text;

/**
 * A date found in a line: its ISO-8601 form ({@code 2024-01-29}, or {@code 2024-01-30T13:49} when
 * the text gives a time) and the text it was read from.
 */
public record FoundDate(String iso, String matchedText) {}

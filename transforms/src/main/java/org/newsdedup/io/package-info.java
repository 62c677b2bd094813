/**
 * Output: the JSON Lines encodings of articles, groups and dead letters, the run summary, and
 * {@link org.newsdedup.io.WriteResults}, which writes them as deterministic, sorted files.
 */
package org.newsdedup.io;

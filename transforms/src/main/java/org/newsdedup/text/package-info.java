/**
 * Plain Java text logic with no Beam in it: decoding bytes, cleaning lines and HTML pages,
 * reading metadata, shingling, MinHash and set similarity, sentence embeddings (an in-process
 * model), cosine similarity and random-hyperplane LSH. Every class here is small, final and tested on its own;
 * the PTransforms only adapt them.
 */
package org.newsdedup.text;

/**
 * Immutable values that flow between the pipeline's steps. Each carries a Beam schema (or, where
 * primitive arrays matter for size, a deterministic coder of its own) so that runners can encode
 * it and the Direct Runner can check it is never mutated.
 */
package org.newsdedup.model;

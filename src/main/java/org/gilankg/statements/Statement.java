package org.gilankg.statements;

import org.apache.jena.graph.Node;
import org.gilankg.text.Passage;

/**
 * One statement derived from the text: a triple, the passage it came from, and the rule that
 * derived it.
 */
public record Statement(Node subject, Node predicate, Node object, Passage passage, String rule) {}

package org.gilankg.statements;

/**
 * Where rules send what they derive, like RIOT's StreamRDF: a rule never knows where its
 * statements go (a list for the dataset, a counter for coverage, a test's own collector).
 */
@FunctionalInterface
public interface StatementSink {
    void statement(Statement statement);
}

/**
 * The facts the DRL rules in {@code rules/} match on and the results they insert. Public only because
 * Drools' generated code must reach them; the engine in {@code org.hscheck.rules} is the only producer and reader.
 * Adapters are bean-style (getters) views of the records of {@code org.hscheck.extract}, built once per document.
 */
package org.hscheck.rules.facts;

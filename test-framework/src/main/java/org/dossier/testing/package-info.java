/**
 * Test support shared by the stage modules: {@link org.dossier.testing.StageTestCase}, the contract every
 * article stage's test inherits; {@link org.dossier.testing.SpanChecks}, which asserts that every extracted item
 * points at its own text; and {@link org.dossier.testing.Articles} fixtures.
 */
package org.dossier.testing;

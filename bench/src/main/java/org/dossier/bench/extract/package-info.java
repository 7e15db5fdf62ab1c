/**
 * The extraction benchmark: main text, publication date and throughput on the ScrapingHub article-extraction
 * set, trafilatura's evaluation set and htmldate's evaluation set, with each set's own metric, and the same
 * pages through boilerpipe and Mozilla Readability side by side.
 */
package org.dossier.bench.extract;

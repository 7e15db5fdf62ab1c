/**
 * Fetching feeds and pages over HTTP for {@code dossier watch}, with the limits a long-running client of other
 * people's servers needs: timeouts, a body size limit enforced while reading, a redirect limit, conditional GET
 * and a per-host rate limit.
 */
package org.dossier.ingest.fetch;

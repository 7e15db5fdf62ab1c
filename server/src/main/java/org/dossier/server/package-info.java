/**
 * {@code dossier serve}: the REST API ({@link org.dossier.server.ApiHandlers}, described by
 * {@code openapi.json}) and the web UI (static pages under {@code org/dossier/server/ui}) over one store, in one
 * Javalin process. The server is a thin shell: every answer comes from {@link org.dossier.store.DossierStore}.
 */
package org.dossier.server;

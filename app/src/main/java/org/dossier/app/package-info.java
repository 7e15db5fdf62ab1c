/**
 * The {@code dossier} command line. Each command is a thin shell: it parses options, calls the engine, output or
 * evaluation modules, and reports on stderr.
 */
package org.dossier.app;

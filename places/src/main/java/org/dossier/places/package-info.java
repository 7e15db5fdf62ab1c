/**
 * Places: the gazetteer built at build time from registry packages (GeoNames places of 1,000+ people, countries,
 * first-level admin areas) and the stage that resolves an article's place names to places.
 */
package org.dossier.places;

package org.dossier.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words around a place name that change what it names (resource {@code place-words.txt}): after it, an admin
 * area ("Idlib province") or a part of a place ("Sheik Said district"); before it, a part of or a place near it
 * ("east Aleppo", "outskirts of Paris"); after a demonym, the country's territory ("Syrian soil"); before or after
 * it, the populated place itself ("the town of Saraqeb", "Idlib city"); before "direction of", a distance that
 * makes the name a reference point ("30 miles south of Portland": Portland itself, not a part of it); and names
 * that are not places to resolve ("North America", "Mars", "the South"); and the prepositions before a name that
 * say it is where something is ("in Hammond"), lower case; and the postal abbreviations of provinces whose GeoNames
 * code is not the abbreviation ("ON CA 08": Ontario), as abbreviation, country and code; and the last words of
 * the names of events, accords and the like that begin with a place's name ("the Tokyo Olympics", "the Paris
 * Agreement", "Amsterdam Light Festival"), lower case; and the demonyms of first-level areas that a country's
 * demonym does not give ("english GB ENG": "the English city of Birmingham"), as demonym, country and code; and the
 * words after a hyphen that say who holds a place ("rebel-held") and the words for a part of a city, after a name or
 * before "of" and one ("the Kalasseh district", "the neighbourhood of Kalasseh"), the cues of {@link SubCityPlaces};
 * and the players of a team that a city's name before them stands for ("the Pittsburgh quarterback"), and those
 * roles with another sense that stand for a team only before a player's name ("Detroit striker Jozy Altidore", not
 * "a Detroit striker said the union would not give up"); and the names that keep a direction in lower case as
 * their first word ("east jerusalem": AP writes East Jerusalem so); and the prefixes of ships' names ("INS", "MV"),
 * after which a place's name is a ship's, and those prefixes that are also other things' initials ("INS", the
 * immigration service), a ship's only after a word for a ship or "the", and those words ("destroyer"); and the
 * words after a demonym's territory that make it something else ("coast guard"); and the prepositions of motion
 * and direction before which a name NER tagged as a person is the place the article names so elsewhere ("from
 * Eastvale to Northmoor", where it tags "Northmoor" as a location in another sentence); and a team's parts and
 * staff after a city's name and a possessive ("Eastvale's quarterback") and the verbs of a game's result between
 * two names ("Eastvale beat Northmoor 24-17"), after or before which a city's name stands for its team; and the
 * nouns of a person or a police after which a town's name says where they live or serve ("a Northmoor man"); and
 * the short words a title-case headline leaves in lower case ("Fire Closes Road to Eastvale"); and the words after a
 * town's name and a hyphen that say what is based or born there ("a Northmoor-based firm"); and the nouns of
 * office titles, after which a country's name counts as written ("U.S. Defense Secretary"); and the last words of
 * an organization's name, which between a country and a title make the country part of the name ("Eastvale Airlines
 * President").
 */
public record PlaceWords(Set<String> areaAfter, Set<String> partAfter, Set<String> partBefore, Set<String> territory,
        Set<String> cityAfter, Set<String> cityBefore, Set<String> distanceUnits, Set<String> notPlaces,
        Set<String> locativeBefore, Set<String> provinceCodes, Set<String> eventEnds, Set<String> areaDemonyms,
        Set<String> heldAfter, Set<String> partOfCity, Set<String> cityPartOnly, Set<String> teamRoles,
        Set<String> teamRolesNamed,
        Set<String> lowerDirectionNames, Set<String> vesselPrefixes, Set<String> sharedVesselPrefixes,
        Set<String> shipWords, Set<String> territoryNotBefore, Set<String> siteEnds, Set<String> institutionWords,
        Set<String> echoBefore, Set<String> teamUnits, Set<String> teamResults, Set<String> residentAfter,
        Set<String> headlineLower, Set<String> residentCompoundAfter, Set<String> officeTitles,
        Set<String> organizationEnds) {

    public static final String RESOURCE = "org/dossier/places/place-words.txt";

    public PlaceWords {
        areaAfter = Set.copyOf(areaAfter);
        partAfter = Set.copyOf(partAfter);
        partBefore = Set.copyOf(partBefore);
        territory = Set.copyOf(territory);
        cityAfter = Set.copyOf(cityAfter);
        cityBefore = Set.copyOf(cityBefore);
        distanceUnits = Set.copyOf(distanceUnits);
        notPlaces = Set.copyOf(notPlaces);
        locativeBefore = Set.copyOf(locativeBefore);
        provinceCodes = Set.copyOf(provinceCodes);
        eventEnds = Set.copyOf(eventEnds);
        areaDemonyms = Set.copyOf(areaDemonyms);
        heldAfter = Set.copyOf(heldAfter);
        partOfCity = Set.copyOf(partOfCity);
        cityPartOnly = Set.copyOf(cityPartOnly);
        teamRoles = Set.copyOf(teamRoles);
        teamRolesNamed = Set.copyOf(teamRolesNamed);
        lowerDirectionNames = Set.copyOf(lowerDirectionNames);
        vesselPrefixes = Set.copyOf(vesselPrefixes);
        sharedVesselPrefixes = Set.copyOf(sharedVesselPrefixes);
        shipWords = Set.copyOf(shipWords);
        territoryNotBefore = Set.copyOf(territoryNotBefore);
        siteEnds = Set.copyOf(siteEnds);
        institutionWords = Set.copyOf(institutionWords);
        echoBefore = Set.copyOf(echoBefore);
        residentAfter = Set.copyOf(residentAfter);
        teamUnits = Set.copyOf(teamUnits);
        teamResults = Set.copyOf(teamResults);
        headlineLower = Set.copyOf(headlineLower);
        residentCompoundAfter = Set.copyOf(residentCompoundAfter);
        officeTitles = Set.copyOf(officeTitles);
        organizationEnds = Set.copyOf(organizationEnds);
    }

    public static PlaceWords standard() {
        try (Reader reader = Resources.open(RESOURCE)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads {@code [section]} headers followed by one lower-case word a line; '#' lines are comments. */
    public static PlaceWords read(Reader reader) throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> current = null;
        BufferedReader in = new BufferedReader(reader);
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new IOException("word '" + line + "' before any [section] in " + RESOURCE);
            } else {
                current.add(line);
            }
        }
        for (String name : new String[] {"area-after", "part-after", "part-before", "territory", "city-after",
            "city-before", "distance-units", "not-places", "locative-before",
            "province-codes", "event-ends", "area-demonyms", "held-after", "part-of-city", "city-part-only",
            "team-roles",
            "team-roles-named", "lower-direction-names", "vessel-prefixes", "shared-vessel-prefixes", "ship-words",
            "territory-not-before", "team-units", "team-results", "resident-after", "headline-lower",
            "resident-compound-after", "office-titles", "organization-ends"}) {
            if (!sections.containsKey(name)) {
                throw new IOException("section [" + name + "] missing in " + RESOURCE);
            }
        }
        return new PlaceWords(sections.get("area-after"), sections.get("part-after"), sections.get("part-before"),
                sections.get("territory"), sections.get("city-after"), sections.get("city-before"),
                sections.get("distance-units"), sections.get("not-places"), sections.get("locative-before"),
                sections.get("province-codes"), sections.get("event-ends"), sections.get("area-demonyms"),
                sections.get("held-after"), sections.get("part-of-city"), sections.get("city-part-only"),
                sections.get("team-roles"),
                sections.get("team-roles-named"), sections.get("lower-direction-names"),
                sections.get("vessel-prefixes"), sections.get("shared-vessel-prefixes"), sections.get("ship-words"),
                sections.get("territory-not-before"), sections.get("site-ends"),
                sections.get("institution-words"), sections.get("echo-before"), sections.get("team-units"),
                sections.get("team-results"), sections.get("resident-after"), sections.get("headline-lower"),
                sections.get("resident-compound-after"), sections.get("office-titles"),
                sections.get("organization-ends"));
    }
}

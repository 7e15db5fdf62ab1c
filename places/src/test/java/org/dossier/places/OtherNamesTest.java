package org.dossier.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Which of the places' other names the gazetteer indexes ({@link OtherNames}), over hand-built rows. Each rule is
 * checked with the standard rule and with that part turned off, where the name must come back.
 */
class OtherNamesTest {

    private static final String TSV = String.join("\n",
            "C\tSY\tSyria\t35\t38\t\tSyrian",
            "C\tCA\tCanada\t60\t-95\t\tCanadian",
            "C\tUS\tUnited States\t38\t-97\t\tAmerican",
            "C\tSA\tSaudi Arabia\t25\t45\t\tSaudi",
            "A\tCA\t08\tOntario\t49\t-84\t",
            // transliterations news uses, and a name in another language that English news uses for another place
            "P\t164816\tSar\u0101qib\tSY\t12\tPPLA3\t34231\t35.86\t36.81\t\tSaraqeb|Sarakeb",
            "P\t105343\tJeddah\tSA\t14\tPPL\t4697000\t21.49\t39.18\t\tJedda|Yida",
            // a town whose other name is an area's name
            "P\t1\tOntarion\tCA\t08\tPPL\t500000\t44\t-80\t\tOntario",
            // two places with one other name: the larger has it
            "P\t2\tOldtowne\tUS\tOH\tPPL\t80000\t40\t-82\t\tOldtown",
            "P\t3\tOldtowns\tUS\tIN\tPPL\t3000\t40\t-86\t\tOldtown",
            // another spelling of a large city that is a smaller city's own name, and one that is a hamlet's own
            "P\t4\tVictorias\tCA\t02\tPPL\t300000\t49\t-123\t\tVictoria",
            "P\t6174041\tVictoria\tCA\t02\tPPLA\t80000\t48.43\t-123.37\t\t",
            "P\t6\tBombaya\tUS\tCA\tPPL\t12000000\t34\t-118\t\tBombay",
            "P\t5\tBombay\tUS\tNY\tPPL\t500\t44.94\t-74.57\t\t",
            // short forms, and a name of another language
            "P\t4499612\tWinston-Salem\tUS\tNC\tPPL\t249545\t36.1\t-80.24\t\tWinston|Twin City",
            "P\t4990729\tDetroit\tUS\tMI\tPPLA2\t677116\t42.33\t-83.05\t\tThe D",
            // names with a qualifier, a namesake that has the head as an other name, one that has it as its own
            "C\tDE\tGermany\t51\t9\t\tGerman",
            "C\tGB\tUnited Kingdom\t54\t-2\t\tBritish",
            "C\tAU\tAustralia\t-27\t133\t\tAustralian",
            "P\t2925533\tFrankfurt am Main\tDE\t05\tPPLA3\t650000\t50.12\t8.68\t\t",
            "P\t2925535\tFrankfurt (Oder)\tDE\t11\tPPL\t57015\t52.34\t14.55\t\t",
            "P\t4292188\tFrankfort\tUS\tKY\tPPLA\t27830\t38.2\t-84.87\t\tFrankfurt",
            "P\t2641673\tNewcastle upon Tyne\tGB\tENG\tPPLA2\t300125\t54.97\t-1.61\t\t",
            "P\t2155472\tNewcastle\tAU\t02\tPPL\t348539\t-32.93\t151.78\t\t",
            "P\t2641711\tNewbold on Stour\tGB\tENG\tPPL\t1000\t52.11\t-1.64\t\t",
            "");

    private static Gazetteer read(OtherNames.Rule rule) {
        try {
            return Gazetteer.read(new StringReader(TSV), new StringReader(""), new StringReader("province\n"), rule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final OtherNames.Rule STANDARD = OtherNames.Rule.STANDARD;
    /** The standard rule but for spellings, for the rows whose other names are no spellings. */
    private static final OtherNames.Rule ANY_NAME = new OtherNames.Rule(true, true, 10, true, false);

    @Test
    void indexesATransliterationUnderItsPlace() {
        Gazetteer g = read(STANDARD);
        assertThat(g.places("saraqeb")).extracting(GazetteerPlace::geonamesId).containsExactly(164816L);
        assertThat(g.places("sarakeb")).extracting(GazetteerPlace::geonamesId).containsExactly(164816L);
        assertThat(g.places("jedda")).extracting(GazetteerPlace::geonamesId).containsExactly(105343L);
    }

    @Test
    void takesOnlySpellingsOfTheOwnName() {
        assertThat(read(STANDARD).places("yida")).isEmpty();
        assertThat(read(STANDARD).places("twin city")).isEmpty();
        assertThat(read(ANY_NAME).places("yida")).extracting(GazetteerPlace::geonamesId).containsExactly(105343L);
    }

    @Test
    void leavesTheNamesOfAreasToThem() {
        assertThat(read(STANDARD).places("ontario")).isEmpty();
        OtherNames.Rule off = new OtherNames.Rule(false, true, 10, true, true);
        assertThat(read(off).places("ontario")).extracting(GazetteerPlace::geonamesId).containsExactly(1L);
    }

    @Test
    void givesAnOtherNameToTheMostPopulousPlaceThatHasIt() {
        assertThat(read(STANDARD).places("oldtown")).extracting(GazetteerPlace::geonamesId).containsExactly(2L);
        OtherNames.Rule off = new OtherNames.Rule(true, false, 10, true, true);
        assertThat(read(off).places("oldtown")).extracting(GazetteerPlace::geonamesId).containsExactly(2L, 3L);
    }

    @Test
    void leavesAPlacesOwnNameToItUnlessTheOtherIsFarLarger() {
        Gazetteer g = read(STANDARD);
        // Victoria keeps its name; a city 24,000 times the hamlet is what "Bombay" means first
        assertThat(g.places("victoria")).extracting(GazetteerPlace::geonamesId).containsExactly(6174041L);
        assertThat(g.places("bombay")).extracting(GazetteerPlace::geonamesId).containsExactly(6L, 5L);
        OtherNames.Rule off = new OtherNames.Rule(true, true, 0, true, true);
        assertThat(read(off).places("victoria")).extracting(GazetteerPlace::geonamesId).containsExactly(4L, 6174041L);
    }

    @Test
    void leavesOutShortFormsOfTheOwnName() {
        Gazetteer g = read(ANY_NAME);
        assertThat(g.places("winston")).isEmpty();
        assertThat(g.places("d")).isEmpty();
        assertThat(g.places("twin city")).extracting(GazetteerPlace::geonamesId).containsExactly(4499612L);
        OtherNames.Rule off = new OtherNames.Rule(true, true, 10, false, false);
        assertThat(read(off).places("winston")).extracting(GazetteerPlace::geonamesId).containsExactly(4499612L);
        assertThat(read(off).places("d")).extracting(GazetteerPlace::geonamesId).containsExactly(4990729L);
    }

    @Test
    void keepsOwnNamesAsTheyWere() {
        Gazetteer g = read(STANDARD);
        assertThat(g.places("jeddah")).extracting(GazetteerPlace::geonamesId).containsExactly(105343L);
        assertThat(g.places(Names.key("Sarāqib"))).extracting(GazetteerPlace::geonamesId).containsExactly(164816L);
        assertThat(g.placeCount()).isEqualTo(17);
    }

    /** Large cities with made-up exonyms (the twelfth field), and places whose own names or spellings they are. */
    private static final String EXONYMS = String.join("\n",
            "C\tDE\tGermany\t51\t9\t\tGerman",
            "C\tUS\tUnited States\t38\t-97\t\tAmerican",
            // an exonym that a village 180 times smaller bears as its own name
            "P\t11\tKolnau\tDE\t07\tPPLA2\t900000\t50.9\t6.9\t\t\tColognia|Keulenberg",
            "P\t12\tColognia\tUS\tMN\tPPL\t5000\t44.8\t-93.8\t\t",
            // one that a town 18 times smaller bears as its own name
            "P\t13\tBelmara\tDE\t14\tPPLA\t1500000\t51.3\t12.4\t\t\tBethany",
            "P\t14\tBethany\tUS\tPA\tPPL\t80000\t40.6\t-75.4\t\t",
            // one that spells a smaller place's own name otherwise
            "P\t15\tJedmar\tDE\t02\tPPL\t4000000\t48.1\t11.6\t\t\tYidar",
            "P\t16\tYidra\tUS\tTX\tPPL\t3000\t31\t-97\t\tYidar",
            "");

    private static Gazetteer readExonyms(OtherNames.Rule rule) {
        try {
            return Gazetteer.read(new StringReader(EXONYMS), new StringReader(""), new StringReader("province\n"),
                    rule);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aLargeCitysExonymMeansItWhereNoPlaceOfAHundredthItsPeopleBearsItAndNoPlaceSpellsIt() {
        Gazetteer g = readExonyms(STANDARD);
        assertThat(g.places("keulenberg")).extracting(GazetteerPlace::geonamesId).containsExactly(11L);
        assertThat(g.places("colognia")).extracting(GazetteerPlace::geonamesId).containsExactly(11L, 12L);
        assertThat(g.firstByExonym("colognia")).isTrue();
        assertThat(g.places("bethany")).extracting(GazetteerPlace::geonamesId).containsExactly(14L);
        assertThat(g.firstByExonym("bethany")).isFalse();
        assertThat(g.places("yidar")).extracting(GazetteerPlace::geonamesId).containsExactly(16L);
        assertThat(g.firstByExonym("yidar")).isFalse();
        // with no exonyms, the names are left as they were
        Gazetteer off = readExonyms(new OtherNames.Rule(true, true, 10, true, true, 0));
        assertThat(off.places("keulenberg")).isEmpty();
        assertThat(off.places("colognia")).extracting(GazetteerPlace::geonamesId).containsExactly(12L);
    }

    @Test
    void theHeadOfANameBeforeAQualifierIsAnOtherNameOfItsPlace() {
        Gazetteer g = read(STANDARD);
        // "Frankfurt" is Frankfurt am Main, not the other Frankfurt or Frankfort, Kentucky (whose other name it is)
        assertThat(g.places("frankfurt")).extracting(GazetteerPlace::geonamesId).containsExactly(2925533L);
        // a larger town of that own name keeps it
        assertThat(g.places("newcastle")).extracting(GazetteerPlace::geonamesId).containsExactly(2155472L);
        // a village's head is as often a hamlet or an estate of another town
        assertThat(g.places("newbold")).isEmpty();
        assertThat(OtherNames.head("Aix-en-Provence")).isEqualTo("Aix");
        assertThat(OtherNames.head("Halle (Saale)")).isEqualTo("Halle");
        assertThat(OtherNames.head("Kingston upon Hull")).isEqualTo("Kingston");
        assertThat(OtherNames.head("Kalibo (poblacion)")).isNull();
        assertThat(OtherNames.head("Santa Cruz de la Sierra")).isNull();
    }
}

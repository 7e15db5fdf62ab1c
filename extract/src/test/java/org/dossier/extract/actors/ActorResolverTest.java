package org.dossier.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.core.AnnotatedArticle;
import org.dossier.extract.ArticleContext;
import org.dossier.extract.ParsedText;
import org.dossier.extract.SentenceView;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.model.Entity;
import org.junit.jupiter.api.Test;

/** Canonical actors from hand-built parses: only a phrase's head makes it an actor, and codes get names. */
class ActorResolverTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.standard();
    /** A first sentence that makes the article one about Syria. */
    private static final String SYRIA = "Syria/NNP/LOCATION/1/nsubj suffered|suffer/VBD/O/-1/root ./././1/punct";

    private record Parsed(ArticleContext context, ActorResolver resolver) {
        SentenceView sentence(int i) {
            return context.sentences().get(i);
        }

        ActorResolver.Resolved resolve(int sentence, int head) {
            return resolver.resolve(sentence(sentence), head);
        }
    }

    private static Parsed parse(String... sentences) {
        return parseOn("2016-10-12", sentences);
    }

    private static Parsed parseOn(String published, String... sentences) {
        ParsedText text = ParsedText.published(published);
        for (String sentence : sentences) {
            text.sentence(sentence);
        }
        AnnotatedArticle article = text.build();
        ArticleContext context = new ArticleContext(article);
        return new Parsed(context, new ActorResolver(DICTIONARIES, context));
    }

    @Test
    void aCountryAdjectiveAndAnAgentMakeASectorWithACanonicalName() {
        Parsed p = parse("Syrian/JJ/MISC/1/amod rebels|rebel/NNS/O/2/nsubj seized|seize/VBD/O/-1/root "
                + "the/DT/O/4/det town/NN/O/2/obj");

        ActorResolver.Resolved rebels = p.resolve(0, 1);

        assertThat(rebels.actor().code()).isEqualTo("SYRREB");
        assertThat(rebels.actor().name()).isEqualTo("Syrian rebels");
        assertThat(rebels.kind()).isEqualTo(ActorResolver.Kind.SECTOR);
        assertThat(rebels.contextual()).isFalse();
    }

    @Test
    void anAgentAloneTakesTheCountryTheArticleIsAbout() {
        Parsed p = parse(SYRIA, "The/DT/O/1/det regime/NN/O/2/nsubj bombed|bomb/VBD/O/-1/root "
                + "Aleppo/NNP/LOCATION/2/obj");

        ActorResolver.Resolved regime = p.resolve(1, 1);

        assertThat(regime.actor().code()).isEqualTo("SYRGOV");
        assertThat(regime.actor().name()).isEqualTo("Syrian government");
        assertThat(regime.contextual()).isTrue();
    }

    @Test
    void thePartiesMembersOfAChamberAreLawmakers() {
        String america = "America/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root ./././1/punct";
        Parsed p = parse(america, "Senate/NNP/ORGANIZATION/1/compound Democrats|democrat/NNPS/MISC/2/nsubj "
                + "criticized|criticize/VBD/O/-1/root the/DT/O/4/det Republicans|republican/NNPS/MISC/2/obj");

        assertThat(p.resolve(1, 1).actor().code()).isEqualTo("USALEG");
        assertThat(p.resolve(1, 4)).as("the bare plural is voters or a party as often as lawmakers").isNull();
    }

    @Test
    void aPhraseWhoseHeadIsNoActorIsNoActorWhateverItsModifiersName() {
        Parsed p = parse("A/DT/O/2/det Russia-backed|russia-backed/JJ/O/2/amod resolution/NN/O/3/nsubj "
                        + "failed|fail/VBD/O/-1/root",
                "Shells|shell/NNS/O/1/nsubj hit/VBD/O/-1/root rebel-held/JJ/O/3/amod areas|area/NNS/O/1/obj");

        assertThat(p.resolve(0, 2)).as("a resolution backed by Russia").isNull();
        assertThat(p.resolve(1, 3)).as("areas held by rebels").isNull();
    }

    @Test
    void anAllyNamedInAModifierIsNotThePhrasesCountry() {
        Parsed p = parse(SYRIA, "Turkey-backed|turkey-backed/JJ/O/1/amod rebels|rebel/NNS/O/2/nsubj "
                + "retreated|retreat/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).isEqualTo("SYRREB");
    }

    @Test
    void countryWordsNewsUsesNameTheAgentsOwnerInAnArticleAboutAnotherCountry() {
        Parsed p = parse(SYRIA,
                "Swedish/JJ/O/1/amod prosecutors|prosecutor/NNS/O/2/nsubj decided|decide/VBD/O/-1/root",
                "The/DT/O/2/det UK/NNP/LOCATION/2/compound police/NNS/O/3/nsubj arrested|arrest/VBD/O/-1/root "
                        + "him/PRP/O/3/obj",
                "Northern/NNP/LOCATION/1/compound Ireland/NNP/LOCATION/2/nsubj voted|vote/VBD/O/-1/root",
                "Houthi/NNP/ORGANIZATION/1/compound rebels|rebel/NNS/O/2/nsubj attacked|attack/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).as("Swedish prosecutors").isEqualTo("SWEJUD");
        assertThat(p.resolve(2, 2).actor().code()).as("the UK police").isEqualTo("GBRCOP");
        assertThat(p.resolve(3, 1).actor().code()).as("Northern Ireland, not Ireland").isEqualTo("GBR");
        assertThat(p.resolve(4, 1).actor().code()).as("Houthi rebels").isEqualTo("YEMREB");
    }

    @Test
    void aSpokespersonActsForTheBodyTheyNameNotForTheMedia() {
        Parsed p = parse(SYRIA,
                "Kenyan/JJ/MISC/2/amod police/NN/O/2/compound spokesman/NN/O/4/compound Charles/NNP/PERSON/4/compound "
                        + "Owino/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root",
                "A/DT/O/2/det police/NN/O/2/compound spokesman/NN/O/3/nsubj said|say/VBD/O/-1/root",
                "A/DT/O/1/det spokesman/NN/O/5/nsubj for/IN/O/4/case the/DT/O/4/det ministry/NN/O/1/nmod "
                        + "said|say/VBD/O/-1/root",
                "A/DT/O/2/det Syrian/JJ/MISC/2/amod spokesman/NN/O/3/nsubj said|say/VBD/O/-1/root",
                "Kenyan/JJ/MISC/2/amod police/NN/O/2/compound spokespersons|spokesperson/NNS/O/3/nsubj "
                        + "said|say/VBD/O/-1/root",
                "Supporters|supporter/NNS/O/3/nsubj of/IN/O/2/case the/DT/O/2/det police/NN/O/0/nmod "
                        + "rallied|rally/VBD/O/-1/root",
                "Gang/NN/O/1/compound members|member/NNS/O/2/nsubj fled|flee/VBD/O/-1/root");

        assertThat(p.resolve(1, 4).actor().code()).as("Kenyan police spokesman Charles Owino").isEqualTo("KENCOP");
        assertThat(p.resolve(2, 2).actor().code()).as("a police spokesman, in an article about Syria")
                .isEqualTo("SYRCOP");
        assertThat(p.resolve(3, 1).actor().code()).as("a spokesman for the ministry").isEqualTo("SYRGOV");
        assertThat(p.resolve(4, 2).actor().code()).as("a Syrian spokesman").isEqualTo("SYRGOV");
        assertThat(p.resolve(5, 2).actor().code()).as("Kenyan police spokespersons").isEqualTo("KENCOP");
        assertThat(p.resolve(6, 0)).as("supporters of the police are not the police").isNull();
        assertThat(p.resolve(7, 1).actor().code()).as("gang members").isEqualTo("SYRCRM");
    }

    @Test
    void thePeopleOfASectorsPossessorAreTheirCountrysPeopleOfTheirOwnSector() {
        Parsed p = parse(SYRIA, "Police/NNS/O/1/nsubj said|say/VBD/O/-1/root",
                "She/PRP/O/1/nsubj shot|shoot/VBD/O/-1/root her/PRP$/O/3/nmod:poss coworkers|coworker/NNS/O/1/obj");

        assertThat(p.resolve(1, 0).actor().code()).isEqualTo("SYRCOP");
        assertThat(p.resolve(2, 3).actor().code()).as("her coworkers, after the police").isEqualTo("SYRCVL");
    }

    @Test
    void heOrSheIsTheLastPersonWhoseFirstNameDoesNotSayTheOtherGender() {
        Parsed p = parse("Senator/NNP/O/2/compound Mary/NNP/PERSON/2/compound Dale/NNP/PERSON/3/nsubj "
                        + "met|meet/VBD/O/-1/root Mayor/NNP/O/6/compound John/NNP/PERSON/6/compound "
                        + "Reed/NNP/PERSON/3/obj ./././3/punct",
                "She/PRP/O/1/nsubj left|leave/VBD/O/-1/root ./././1/punct",
                "He/PRP/O/1/nsubj stayed|stay/VBD/O/-1/root ./././1/punct");

        assertThat(p.resolve(1, 0).actor().name()).isEqualTo("Mary Dale");
        assertThat(p.resolve(2, 0).actor().name()).isEqualTo("John Reed");
    }

    @Test
    void aNameOfOneWordHasTheGenderTheWordsBeforeItsMentionsTell() {
        Parsed p = parse("Mrs./NNP/O/1/compound Vale/NNP/PERSON/2/nsubj met|meet/VBD/O/-1/root "
                        + "her/PRP$/O/5/nmod:poss son/NN/O/5/compound Kai/NNP/PERSON/2/obj ./././2/punct",
                "Vale/NNP/PERSON/1/nsubj thanked|thank/VBD/O/-1/root Kai/NNP/PERSON/1/obj ./././1/punct",
                "She/PRP/O/1/nsubj left|leave/VBD/O/-1/root ./././1/punct",
                "He/PRP/O/1/nsubj stayed|stay/VBD/O/-1/root ./././1/punct");

        assertThat(p.resolve(2, 0).actor().name()).as("not her son, named last").isEqualTo("Vale");
        assertThat(p.resolve(3, 0).actor().name()).isEqualTo("Kai");
    }

    /** "Kerr spoke." first, "He left." last: "he" finds Dale, named last, unless the words make Dale a woman. */
    private static final String KERR = "Kerr/NNP/PERSON/1/nsubj spoke|speak/VBD/O/-1/root ./././1/punct";
    private static final String HE = "He/PRP/O/1/nsubj left|leave/VBD/O/-1/root ./././1/punct";

    /** A kin word that ends the sentence before says nothing of the name that opens the next (review, session 25). */
    @Test
    void aWordOfKinEndingTheSentenceBeforeTellsNothing() {
        Parsed p = parse(KERR, "Kerr/NNP/PERSON/1/nsubj met|meet/VBD/O/-1/root his/PRP$/O/3/nmod:poss "
                        + "daughter./NN/O/1/obj",
                "Dale/NNP/PERSON/1/nsubj waved|wave/VBD/O/-1/root ./././1/punct", HE);

        assertThat(p.resolve(3, 0).actor().name()).isEqualTo("Dale");
    }

    /** "The victim was a girl, Dale said": a noun set off by a comma with no possessive is no apposition. */
    @Test
    void aWordOfGenderBeforeACommaWithoutAPossessiveTellsNothing() {
        Parsed p = parse(KERR, "The/DT/O/1/det victim/NN/O/4/nsubj was|be/VBD/O/4/cop a/DT/O/4/det "
                + "girl,|girl/NN/O/6/ccomp Dale/NNP/PERSON/6/nsubj said|say/VBD/O/-1/root ./././6/punct", HE);

        assertThat(p.resolve(2, 0).actor().name()).isEqualTo("Dale");
    }

    /** "Fans will miss Dale": the verb, not the title. */
    @Test
    void theVerbMissIsNoTitle() {
        Parsed p = parse(KERR, "Fans|fan/NNS/O/2/nsubj will/MD/O/2/aux miss/VB/O/-1/root "
                + "Dale/NNP/PERSON/2/obj ./././2/punct", HE);

        assertThat(p.resolve(2, 0).actor().name()).isEqualTo("Dale");
    }

    /** "Her husband, Lee": a possessive owns the kin word, so the comma keeps its apposition (guard of the above). */
    @Test
    void aWordOfKinOwnedByAPossessiveTellsTheGenderAcrossAComma() {
        Parsed p = parse("Kerr/NNP/PERSON/1/nsubj spoke|speak/VBD/O/-1/root ./././1/punct",
                "Dale/NNP/PERSON/1/nsubj thanked|thank/VBD/O/-1/root her/PRP$/O/3/nmod:poss "
                        + "husband,|husband/NN/O/1/obj Lee/NNP/PERSON/3/appos ./././1/punct",
                "She/PRP/O/1/nsubj left|leave/VBD/O/-1/root ./././1/punct");

        assertThat(p.resolve(2, 0).actor().name()).as("not her husband, named last").isEqualTo("Dale");
    }

    @Test
    void aNameWhoseMentionsTellBothGendersFitsEither() {
        Parsed p = parse("Mr./NNP/O/1/compound Lund/NNP/PERSON/2/nsubj met|meet/VBD/O/-1/root "
                        + "Mrs./NNP/O/4/compound Lund/NNP/PERSON/2/obj ./././2/punct",
                "She/PRP/O/1/nsubj left|leave/VBD/O/-1/root ./././1/punct");

        assertThat(p.resolve(1, 0).actor().name()).isEqualTo("Lund");
    }

    @Test
    void itStandsForTheLastPartyNamedThatIsNotMany() {
        Parsed p = parse(SYRIA, "The/DT/O/1/det army/NN/O/2/nsubj attacked|attack/VBD/O/-1/root "
                        + "rebels|rebel/NNS/O/2/obj ./././2/punct",
                "It/PRP/O/1/nsubj withdrew|withdraw/VBD/O/-1/root ./././1/punct");
        assertThat(p.resolve(1, 1).actor().code()).isEqualTo("SYRMIL");
        assertThat(p.resolve(1, 3).actor().code()).isEqualTo("SYRREB");
        assertThat(p.resolve(2, 0).actor().code()).isEqualTo("SYRMIL");

        Parsed they = parse(SYRIA, "The/DT/O/1/det army/NN/O/2/nsubj attacked|attack/VBD/O/-1/root "
                        + "rebels|rebel/NNS/O/2/obj ./././2/punct",
                "They/PRP/O/1/nsubj fled|flee/VBD/O/-1/root ./././1/punct");
        they.resolve(1, 1);
        they.resolve(1, 3);
        assertThat(they.resolve(2, 0).actor().code()).isEqualTo("SYRREB");
    }

    @Test
    void aChiefExecutiveRunsABusiness() {
        Parsed p = parse(SYRIA, "Chief/NNP/O/1/amod executive/NN/O/3/compound Jane/NNP/PERSON/3/compound "
                + "Roe/NNP/PERSON/4/nsubj resigned|resign/VBD/O/-1/root");

        assertThat(p.resolve(1, 3).actor().code()).isEqualTo("SYRBUS");
    }

    @Test
    void anOrganizationWithAnAgentKeepsTheOrganization() {
        Parsed p = parse("UN/NNP/ORGANIZATION/1/compound troops|troop/NNS/O/2/nsubj withdrew|withdraw/VBD/O/-1/root");

        assertThat(p.resolve(0, 1).actor().code()).isEqualTo("IGOUNOMIL");
    }

    @Test
    void aPersonIsCodedByTheRoleInTheirOwnPhrase() {
        Parsed p = parse("French/JJ/MISC/2/amod Foreign/NNP/O/2/compound Minister/NNP/O/4/compound "
                + "Jean-Marc/NNP/PERSON/4/compound Ayrault/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root");

        ActorResolver.Resolved minister = p.resolve(0, 4);

        assertThat(minister.person()).isTrue();
        assertThat(minister.actor().name()).isEqualTo("Jean-Marc Ayrault");
        assertThat(minister.actor().code()).isEqualTo("FRAGOV");
    }

    @Test
    void aCountryInAPrepositionalPhraseOfAWordThatIsNoRoleIsATopic() {
        Parsed p = parse("Holt/NNP/PERSON/8/nsubj ,/,/O/0/punct a/DT/O/4/det loud/JJ/O/4/amod "
                + "skeptic/NN/O/0/appos of/IN/O/7/case Ukraine/NNP/LOCATION/7/compound aid/NN/O/4/nmod "
                + "spoke|speak/VBD/O/-1/root");

        assertThat(p.resolve(0, 0).actor().code()).as("a skeptic of Ukraine aid is not Ukraine").isNull();
    }

    @Test
    void aCountryThatModifiesAPersonsNounIsTheirs() {
        Parsed p = parse("Jackson/NNP/PERSON/5/nsubj ,/,/O/0/punct a/DT/O/4/det "
                + "Vermont/NNP/STATE_OR_PROVINCE/4/compound poet/NN/O/0/appos spoke|speak/VBD/O/-1/root");

        // a role that names a country and no sector is a private person's of it (the gold codes no person as a
        // country)
        assertThat(p.resolve(0, 0).actor().code()).as("a Vermont poet").isEqualTo("USACVL");
    }

    @Test
    void aCountryAPersonComesFromIsTheirs() {
        Parsed p = parse("Kipchoge/NNP/PERSON/6/nsubj ,/,/O/0/punct a/DT/O/3/det marathoner/NN/O/0/appos "
                + "from/IN/O/5/case Kenya/NNP/LOCATION/3/nmod won|win/VBD/O/-1/root");

        assertThat(p.resolve(0, 0).actor().code()).as("a marathoner from Kenya").isEqualTo("KENCVL");
    }

    @Test
    void aPersonWhoseRoleNamesABodyOfACountryAndNoSectorActsForThatBody() {
        Parsed p = parse("NASA/NNP/ORGANIZATION/1/compound administrator/NN/O/3/compound Jim/NNP/PERSON/3/compound "
                        + "Bridenstine/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root",
                "Disney/NNP/ORGANIZATION/1/compound executive/NN/O/3/compound Kevin/NNP/PERSON/3/compound "
                        + "Mayer/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root",
                "Disney/NNP/ORGANIZATION/1/compound president/NN/O/3/compound Bob/NNP/PERSON/3/compound "
                        + "Chapek/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root");

        assertThat(p.resolve(0, 3).actor().code()).as("NASA's, not the country's").isEqualTo("USAGOV");
        assertThat(p.resolve(1, 3).actor().code()).as("a company's executive").isEqualTo("USABUS");
        assertThat(p.resolve(2, 3).actor().code()).as("a company's president").isEqualTo("USABUS");
    }

    @Test
    void aMetonymInARoleKeepsItsWholeCode() {
        // a body's code is kept whole now, but a metonym's always was: "Washington State Department of Health public
        // information officer" is the government's, not a police officer of the country
        Parsed p = parse("Kremlin/NNP/ORGANIZATION/1/compound officer/NN/O/3/compound Ivan/NNP/PERSON/3/compound "
                        + "Petrov/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root",
                "Moscow/NNP/ORGANIZATION/2/compound Health/NNP/ORGANIZATION/2/compound "
                        + "Department/NNP/ORGANIZATION/3/compound officer/NN/O/5/compound Olga/NNP/PERSON/5/compound "
                        + "Orlova/NNP/PERSON/6/nsubj said|say/VBD/O/-1/root");

        assertThat(p.resolve(0, 3).actor().code()).isEqualTo("RUSGOV");
        assertThat(p.resolve(1, 5).actor().code()).as("a metonym in a state's body's name").isEqualTo("RUSGOV");
    }

    @Test
    void theHeadOfAnOrganizationTheDictionariesLackIsItsNotAStates() {
        Parsed p = parse("Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Acme/NNP/ORGANIZATION/1/compound Power/NNP/ORGANIZATION/2/compound president/NN/O/4/compound "
                        + "Jane/NNP/PERSON/4/compound Roe/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root",
                "Farmers/NNP/ORGANIZATION/1/compound Union/NNP/ORGANIZATION/2/compound chairman/NN/O/4/compound "
                        + "John/NNP/PERSON/4/compound Doe/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root",
                "President/NNP/O/2/compound Ann/NNP/PERSON/2/compound Smith/NNP/PERSON/3/nsubj "
                        + "said|say/VBD/O/-1/root",
                "GOP/NNP/ORGANIZATION/1/compound Club/NNP/ORGANIZATION/2/compound chairman/NN/O/4/compound "
                        + "Bob/NNP/PERSON/4/compound Poe/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root",
                "Acme/NNP/ORGANIZATION/1/compound Foundation/NNP/ORGANIZATION/2/compound president/NN/O/4/compound "
                        + "Sue/NNP/PERSON/4/compound Lee/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root",
                "UAW/NNP/ORGANIZATION/1/compound president/NN/O/3/compound Shawn/NNP/PERSON/3/compound "
                        + "Fain/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 4).actor().code()).as("a company's president").isEqualTo("GBRBUS");
        assertThat(p.resolve(2, 4).actor().code()).as("a union's chairman").isEqualTo("GBRLAB");
        assertThat(p.resolve(3, 2).actor().code()).as("a president of no organisation").isEqualTo("GBRGOV");
        assertThat(p.resolve(4, 4).actor().code()).as("a party's club: a sector wins over a kind")
                .isEqualTo("GBRPTY");
        assertThat(p.resolve(5, 4).actor().code()).as("a foundation tells no sector, and is no state's body")
                .isNull();
        assertThat(p.resolve(6, 3).actor().code()).as("a union the supplement names").isEqualTo("USALAB");
    }

    /**
     * Only a company word makes an unknown organisation a company; "House" is no legislature in a name (review); the
     * head of an organisation no word tells is no state's official (session twenty-two).
     */
    @Test
    void anOrganizationWithNoCompanyWordGivesItsHeadNoStatesRoleAndHouseIsNoLegislature() {
        Parsed p = parse("Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "NAACP/NNP/ORGANIZATION/1/compound president/NN/O/3/compound Derrick/NNP/PERSON/3/compound "
                        + "Johnson/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root",
                "Penguin/NNP/ORGANIZATION/2/compound Random/NNP/ORGANIZATION/2/compound "
                        + "House/NNP/ORGANIZATION/3/compound chairman/NN/O/5/compound Tom/NNP/PERSON/5/compound "
                        + "Weldon/NNP/PERSON/6/nsubj said|say/VBD/O/-1/root",
                "Acme/NNP/ORGANIZATION/1/compound Inc./NNP/ORGANIZATION/2/compound president/NN/O/4/compound "
                        + "Jane/NNP/PERSON/4/compound Roe/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 3).actor().code()).as("no company word, and the title is the organisation's")
                .isNull();
        assertThat(p.resolve(2, 5).actor().code()).as("a company's House").isNotEqualTo("GBRLEG");
        assertThat(p.resolve(3, 4).actor().code()).as("a company word").isEqualTo("GBRBUS");
    }

    /**
     * A title codes its holder by the organisation the role phrase names, wherever the phrase names it: in an
     * apposition of its own, in an "at" phrase the tagger left untyped, or with a word of the organisation's name
     * that the agents read as a state's ("King") or a place in it ("London", "American"). A state's body of the
     * kinds keeps the state's official.
     */
    @Test
    void aTitleCodesItsHolderByTheOrganizationItsPhraseNames() {
        Parsed p = parse("Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Dana/NNP/PERSON/1/compound Holt/NNP/PERSON/10/nsubj ,/,/O/1/punct Group/NNP/O/4/compound "
                        + "President/NNP/O/1/appos ,/,/O/1/punct Zentrix/NNP/ORGANIZATION/8/compound "
                        + "Hotels/NNPS/ORGANIZATION/8/compound Corporation/NNP/ORGANIZATION/1/appos ,/,/O/1/punct "
                        + "said|say/VBD/O/-1/root",
                "Lee/NNP/PERSON/1/compound Park/NNP/PERSON/7/nsubj ,/,/O/1/punct vice/NN/O/4/compound "
                        + "president/NN/O/1/appos at/IN/O/6/case Orbit/NNP/O/4/nmod said|say/VBD/O/-1/root",
                "Ann/NNP/PERSON/1/compound Gray/NNP/PERSON/10/nsubj ,/,/O/1/punct professor/NN/O/1/appos "
                        + "at/IN/O/9/case King/NNP/ORGANIZATION/9/nmod:poss 's/POS/ORGANIZATION/5/case "
                        + "College/NNP/ORGANIZATION/9/compound Westby/NNP/ORGANIZATION/9/compound "
                        + "London/NNP/ORGANIZATION/3/nmod said|say/VBD/O/-1/root",
                "Tom/NNP/PERSON/1/compound Reed/NNP/PERSON/8/nsubj ,/,/O/1/punct director/NN/O/1/appos "
                        + "of/IN/O/7/case the/DT/O/7/det Housing/NNP/ORGANIZATION/7/compound "
                        + "Agency/NNP/ORGANIZATION/3/nmod said|say/VBD/O/-1/root",
                "Sam/NNP/PERSON/1/compound Cole/NNP/PERSON/9/nsubj ,/,/O/1/punct president/NN/O/1/appos "
                        + "of/IN/O/8/case the/DT/O/8/det American/NNP/ORGANIZATION/8/compound "
                        + "Farm/NNP/ORGANIZATION/8/compound Federation/NNP/ORGANIZATION/3/nmod "
                        + "said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).as("a company in an apposition of its own").isEqualTo("GBRBUS");
        assertThat(p.resolve(2, 1).actor().code()).as("an organisation the tagger left untyped").isNull();
        assertThat(p.resolve(3, 1).actor().code()).as("a college's professor, London its place")
                .isEqualTo("GBREDU");
        assertThat(p.resolve(4, 1).actor().code()).as("a state's agency").isEqualTo("GBRGOV");
        assertThat(p.resolve(5, 1).actor().code()).as("a country in the name is where it is").isEqualTo("USAAGR");
    }

    /**
     * A capitalized word after "of" or "for" in a head's title is as often the office's function as an organisation:
     * "Chief of Staff", "Director of Communications" name no organisation, and their holders keep the agents' role
     * (review of session twenty-two: the untyped-name rule had left them uncoded and dropped their acts).
     */
    @Test
    void theFunctionOfATitleIsNoOrganization() {
        Parsed p = parse("Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Chief/NNP/O/4/compound of/IN/O/2/case Staff/NNP/O/0/nmod Ann/NNP/PERSON/4/compound "
                        + "Ray/NNP/PERSON/5/nsubj said|say/VBD/O/-1/root",
                "Dana/NNP/PERSON/1/compound Holt/NNP/PERSON/10/nsubj ,/,/O/1/punct Director/NNP/O/1/appos "
                        + "of/IN/O/5/case Communications/NNP/O/3/nmod for/IN/O/8/case the/DT/O/8/det "
                        + "governor/NN/O/3/nmod ,/,/O/1/punct said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 4).actor().code()).as("a chief of staff").isEqualTo("GBRGOV");
        assertThat(p.resolve(2, 1).actor().code()).as("a governor's director of communications").isEqualTo("GBRGOV");
    }

    @Test
    void anAbbreviatedTitleCodesALawmaker() {
        Parsed p = parse("California/NNP/STATE_OR_PROVINCE/3/compound Sen./NNP/O/3/compound Dianne/NNP/PERSON/3/compound "
                + "Feinstein/NNP/PERSON/4/nsubj said|say/VBD/O/-1/root");

        assertThat(p.resolve(0, 3).actor().code()).isEqualTo("USALEG");
    }

    @Test
    void aFormerOfficialIsAnEliteOfTheirCountry() {
        Parsed p = parse("America/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "former/JJ/O/2/amod U.N./NNP/ORGANIZATION/2/compound ambassador/NN/O/4/compound "
                + "Kelly/NNP/PERSON/4/compound Craft/NNP/PERSON/5/nsubj spoke|speak/VBD/O/-1/root");

        assertThat(p.resolve(1, 4).actor().code()).isEqualTo("USAELI");
    }

    @Test
    void aLeaderOfTheSupplementIsGovernmentWhileInOfficeAndAnEliteAfter() {
        String sentence = "Ashraf/NNP/PERSON/1/compound Ghani/NNP/PERSON/2/nsubj said|say/VBD/O/-1/root";

        assertThat(parseOn("2019-03-01", sentence).resolve(0, 1).actor().code()).isEqualTo("AFGGOV");
        assertThat(parseOn("2022-03-01", sentence).resolve(0, 1).actor().code()).isEqualTo("AFGELI");
    }

    @Test
    void aLeaderPhoenixLeavesInOfficeLeavesItOnTheSupplementsDate() {
        String sentence = "Angela/NNP/PERSON/1/compound Merkel/NNP/PERSON/2/nsubj said|say/VBD/O/-1/root";

        assertThat(parseOn("2021-12-07", sentence).resolve(0, 1).actor().code()).isEqualTo("DEUGOV");
        assertThat(parseOn("2021-12-08", sentence).resolve(0, 1).actor().code()).as("the day Scholz took over")
                .isEqualTo("DEUELI");
    }

    @Test
    void aLeaderTheArticleNamesInAnotherCountrysStoryKeepsTheirOwnCode() {
        Parsed p = parseOn("2019-06-01", "Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Emmanuel/NNP/PERSON/1/compound Macron/NNP/PERSON/2/nsubj said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).isEqualTo("FRAGOV");
    }

    @Test
    void aRoleInAppositionCodesThePersonByTheBodyItNames() {
        Parsed p = parse("Liu/NNP/PERSON/1/compound Xiaoming/NNP/PERSON/9/nsubj ,/,/O/1/punct "
                + "China/NNP/LOCATION/5/nmod:poss 's/POS/O/3/case ambassador/NN/O/1/appos to/TO/O/7/case "
                + "Britain/NNP/LOCATION/5/nmod ,/,/O/1/punct said|say/VBD/O/-1/root");

        Entity liu = p.context().entityOf(p.context().mentionAt(0));

        assertThat(p.resolver().person(liu).code()).isEqualTo("CHNGOV");
    }

    @Test
    void theCountryAnEnvoyIsPostedToIsNotTheirOwn() {
        Parsed p = parse("America/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Kurt/NNP/PERSON/1/compound Volker/NNP/PERSON/9/nsubj ,/,/O/1/punct the/DT/O/5/det "
                + "special/JJ/O/5/amod envoy/NN/O/1/appos to/TO/O/7/case Ukraine/NNP/COUNTRY/5/nmod "
                + ",/,/O/1/punct testified|testify/VBD/O/-1/root");

        Entity volker = p.context().entityOf(p.context().mentionAt(p.sentence(1).token(0).span().start()));

        assertThat(p.resolver().person(volker).code()).isEqualTo("USAGOV");
    }

    /**
     * "China's ambassador to Britain Liu Wei": the parse reads the name as the end of the "to" phrase, so the title and
     * its owner stand above the name; the person is the ambassador, of China, not a private person of the story's
     * other country.
     */
    @Test
    void aNameReadAsThePlaceOfAnAmbassadorsPostingTakesTheTitle() {
        Parsed p = parse("Hong/NNP/LOCATION/1/compound Kong/NNP/LOCATION/2/nsubj voted|vote/VBD/O/-1/root",
                "China/NNP/LOCATION/2/nmod:poss 's/POS/O/0/case ambassador/NN/O/7/nsubj to/TO/O/6/case "
                        + "Britain/NNP/LOCATION/6/compound Liu/NNP/PERSON/6/compound Wei/NNP/PERSON/2/nmod "
                        + "said|say/VBD/O/-1/root",
                "U.S./NNP/LOCATION/2/compound special/JJ/O/2/amod envoy/NN/O/7/nsubj to/TO/O/6/case "
                        + "Ukraine/NNP/LOCATION/6/compound Kurt/NNP/PERSON/6/compound Volker/NNP/PERSON/2/nmod "
                        + "testified|testify/VBD/O/-1/root");

        Entity liu = p.context().entityOf(p.context().mentionAt(p.sentence(1).token(5).span().start()));
        Entity volker = p.context().entityOf(p.context().mentionAt(p.sentence(2).token(5).span().start()));

        assertThat(p.resolver().person(liu).code()).isEqualTo("CHNGOV");
        assertThat(p.resolver().person(volker).code()).isEqualTo("USAGOV");
    }

    @Test
    void aCountryWordInAPersonsOrALongerPlacesNameDoesNotMakeTheArticleOneAboutTheCountry() {
        Parsed p = parse("Jamaica/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Police/NNS/O/1/nsubj searched|search/VBD/O/-1/root Spanish/NNP/LOCATION/3/compound "
                        + "Town/NNP/LOCATION/1/obj",
                "Spanish/NNP/LOCATION/1/compound Town/NNP/LOCATION/2/nsubj grieved|grieve/VBD/O/-1/root",
                "Michael/NNP/PERSON/1/compound Jordan/NNP/PERSON/2/nsubj spoke|speak/VBD/O/-1/root",
                "Jordan/NNP/PERSON/1/nsubj laughed|laugh/VBD/O/-1/root");

        assertThat(p.resolver().mainCountry()).isEqualTo("JAM");
    }

    @Test
    void anArticleThatNamesNoCountryIsSetInTheCountryOfItsCourtsAndOffices() {
        Parsed uk = parse("Axcell/NNP/PERSON/2/nsubj:pass was|be/VBD/O/2/aux:pass jailed|jail/VBN/O/-1/root "
                + "at/IN/O/6/case York/NNP/LOCATION/6/compound Crown/NNP/ORGANIZATION/6/compound "
                + "Court/NNP/ORGANIZATION/2/obl",
                "Police/NNS/O/1/nsubj searched|search/VBD/O/-1/root his/PRP$/O/3/nmod:poss home/NN/O/1/obj");
        Parsed us = parse("The/DT/O/3/det district/NN/O/2/compound attorney/NN/O/3/nsubj "
                + "charged|charge/VBD/O/-1/root Gomes/NNP/PERSON/3/obj");

        assertThat(uk.resolver().mainCountry()).isEqualTo("GBR");
        assertThat(uk.resolve(1, 0).actor().code()).isEqualTo("GBRCOP");
        assertThat(us.resolver().mainCountry()).isEqualTo("USA");
    }

    @Test
    void aLakeGardaOrAMagistratesCourtOrAHighwayPatrolIsNoOneCountrys() {
        Parsed lake = parse("Tourists/NNS/O/1/nsubj swam|swim/VBD/O/-1/root in/IN/O/4/case Lake/NNP/LOCATION/4/compound "
                + "Garda/NNP/LOCATION/1/obl");
        Parsed court = parse("Smith/NNP/PERSON/2/nsubj:pass was|be/VBD/O/2/aux:pass jailed|jail/VBN/O/-1/root "
                + "at/IN/O/5/case magistrates/NNS/O/5/compound court/NN/O/2/obl");
        Parsed patrol = parse("The/DT/O/2/det highway/NN/O/2/compound patrol/NN/O/3/nsubj "
                + "closed|close/VBD/O/-1/root roads/NNS/O/3/obj");
        Parsed gardai = parse("Gardaí/NNP/O/1/nsubj arrested|arrest/VBD/O/-1/root a/DT/O/3/det man/NN/O/1/obj");

        assertThat(lake.resolver().mainCountry()).isNotEqualTo("IRL");
        assertThat(court.resolver().mainCountry()).isNotEqualTo("GBR");
        assertThat(patrol.resolver().mainCountry()).isNotEqualTo("USA");
        assertThat(gardai.resolver().mainCountry()).isEqualTo("IRL");
    }

    @Test
    void institutionsCountOnlyInAnArticleThatNamesNoCountry() {
        Parsed p = parse(SYRIA, "The/DT/O/3/det district/NN/O/2/compound attorney/NN/O/3/nsubj "
                + "spoke|speak/VBD/O/-1/root");

        assertThat(p.resolver().mainCountry()).isEqualTo("SYR");
    }

    @Test
    void aTownTheDictionaryFilesUnderItsCountryCountsInALongerPlaceName() {
        Parsed p = parse("Gunfire/NN/O/1/nsubj erupted|erupt/VBD/O/-1/root in/IN/O/4/case "
                + "Northeast/NNP/LOCATION/4/compound Philadelphia/NNP/LOCATION/1/obl");

        assertThat(p.resolver().mainCountry()).isEqualTo("USA");
    }

    @Test
    void anEnvoyToTheCountryAStoryNamesMostServesItsOtherCountry() {
        Parsed p = parse("America/NNP/LOCATION/1/nsubj helped|help/VBD/O/-1/root Ukraine/NNP/LOCATION/1/obj",
                "Ukraine/NNP/LOCATION/1/nsubj thanked|thank/VBD/O/-1/root America/NNP/LOCATION/1/obj",
                "Ukraine/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Kurt/NNP/PERSON/1/compound Volker/NNP/PERSON/9/nsubj ,/,/O/1/punct the/DT/O/5/det "
                + "special/JJ/O/5/amod envoy/NN/O/1/appos to/TO/O/7/case Ukraine/NNP/COUNTRY/5/nmod "
                + ",/,/O/1/punct testified|testify/VBD/O/-1/root");

        Entity volker = p.context().entityOf(p.context().mentionAt(p.sentence(3).token(0).span().start()));

        assertThat(p.resolver().mainCountry()).isEqualTo("UKR");
        assertThat(p.resolver().person(volker).code()).isEqualTo("USAGOV");
    }

    @Test
    void aCountryARoleIsAboutIsNotItsOwner() {
        Parsed p = parse("America/NNP/LOCATION/1/nsubj helped|help/VBD/O/-1/root Ukraine/NNP/LOCATION/1/obj",
                "Ukraine/NNP/LOCATION/1/nsubj thanked|thank/VBD/O/-1/root America/NNP/LOCATION/1/obj",
                "Ukraine/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Alexander/NNP/PERSON/1/compound Vindman/NNP/PERSON/8/nsubj ,/,/O/1/punct the/DT/O/6/det "
                + "top/JJ/O/6/amod Ukraine/NNP/COUNTRY/6/compound expert/NN/O/1/appos ,/,/O/1/punct "
                + "testified|testify/VBD/O/-1/root");

        Entity vindman = p.context().entityOf(p.context().mentionAt(p.sentence(3).token(0).span().start()));

        assertThat(p.resolver().person(vindman).code()).isEqualTo("USA");
    }

    @Test
    void aCountryBeforeAnEnvoyIsTheirOwn() {
        Parsed p = parse("Afghanistan/NNP/LOCATION/1/nsubj thanked|thank/VBD/O/-1/root "
                        + "Afghanistan/NNP/LOCATION/1/obj",
                "U.S./NNP/LOCATION/1/compound envoy/NN/O/3/compound Zalmay/NNP/PERSON/3/compound "
                + "Khalilzad/NNP/PERSON/4/nsubj arrived|arrive/VBD/O/-1/root");

        Entity khalilzad = p.context().entityOf(p.context().mentionAt(p.sentence(1).token(2).span().start()));

        assertThat(p.resolver().person(khalilzad).code()).startsWith("USA");
    }

    @Test
    void aRolesPhraseWithoutAPrepositionIsNoError() {
        // "an adviser Russia" (a phrase the parser hangs on the role with no case marker) must not stop the article
        Parsed p = parse("Jane/NNP/PERSON/1/compound Doe/NNP/PERSON/5/nsubj ,/,/O/1/punct an/DT/O/4/det "
                + "adviser/NN/O/1/appos Russia/NNP/COUNTRY/4/nmod testified|testify/VBD/O/-1/root");

        Entity doe = p.context().entityOf(p.context().mentionAt(0));

        assertThat(p.resolver().person(doe)).isNotNull();
    }

    @Test
    void anExpertOnTheOnlyCountryNamedHasNoCode() {
        Parsed p = parse("Jane/NNP/PERSON/1/compound Doe/NNP/PERSON/7/nsubj ,/,/O/1/punct the/DT/O/5/det "
                + "Ukraine/NNP/COUNTRY/5/compound expert/NN/O/1/appos ,/,/O/1/punct testified|testify/VBD/O/-1/root");

        Entity doe = p.context().entityOf(p.context().mentionAt(0));

        assertThat(p.resolver().person(doe).code()).isNull();
    }

    @Test
    void aMultinationalIsABusinessOfItsCountry() {
        Parsed p = parse("Microsoft/NNP/ORGANIZATION/1/nsubj sued|sue/VBD/O/-1/root Google/NNP/ORGANIZATION/1/obj");

        assertThat(p.resolve(0, 0).actor().code()).isEqualTo("USABUS");
        assertThat(p.resolve(0, 2).actor().code()).isEqualTo("USABUS");
    }

    @Test
    void aCompanyTheDictionariesLackIsABusinessByTheLegalFormThatEndsItsName() {
        Parsed p = parse(SYRIA, "Zorvex/NNP/ORGANIZATION/1/compound Holdings/NNP/ORGANIZATION/2/nsubj "
                + "sued|sue/VBD/O/-1/root Qarlin/NNP/ORGANIZATION/4/compound Inc./NNP/ORGANIZATION/2/obj");

        assertThat(p.resolve(1, 1).actor().code()).isEqualTo("SYRBUS");
        assertThat(p.resolve(1, 4).actor().code()).isEqualTo("SYRBUS");
    }

    @Test
    void aTradeWordThatEndsNoCompanysNameNamesNoBusiness() {
        Parsed p = parse(SYRIA, "Iran/NNP/LOCATION/1/nsubj sought|seek/VBD/O/-1/root nuclear/JJ/O/3/amod "
                + "technologies|technology/NNS/O/1/obj");

        assertThat(p.resolve(1, 3)).as("nuclear technologies").isNull();
    }

    @Test
    void theyInAReportedClauseIsTheSpeakerWhoReportsIt() {
        Parsed p = parse(SYRIA, "Rebels|rebel/NNS/O/1/nsubj say/VBP/O/-1/root they/PRP/O/5/nsubj have/VBP/O/5/aux "
                + "just/RB/O/5/advmod retaken|retake/VBN/O/1/ccomp villages|village/NNS/O/5/obj");

        assertThat(p.resolve(1, 2).actor().code()).isEqualTo("SYRREB");
    }

    @Test
    void coordinatedActorsAreOneActorWithEveryCode() {
        Parsed p = parse("Russia/NNP/LOCATION/3/nsubj and/CC/O/2/cc Iran/NNP/LOCATION/0/conj "
                + "attacked|attack/VBD/O/-1/root");

        ActorResolver.Resolved both = p.resolve(0, 0);

        assertThat(both.actor().code()).isEqualTo("RUS;IRN");
        assertThat(both.actor().name()).isEqualTo("Russia and Iran");
    }

    /**
     * An occupation the agents code as a private person ("scientist", "engineer") says what someone does, not for
     * whom: an employer named before it in the role gives the sector, as one named after it already did.
     */
    @Test
    void anOccupationBesideItsEmployersNameTakesTheEmployersSector() {
        Parsed p = parse("Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Sam/NNP/PERSON/1/compound Ortiz/NNP/PERSON/10/nsubj ,/,/O/1/punct a/DT/O/8/det "
                        + "Lakeview/NNP/ORGANIZATION/5/compound State/NNP/ORGANIZATION/6/compound "
                        + "University/NNP/ORGANIZATION/8/compound political/JJ/O/8/amod "
                        + "scientist/NN/O/1/appos ,/,/O/1/punct said|say/VBD/O/-1/root",
                "Ann/NNP/PERSON/1/compound Gray/NNP/PERSON/8/nsubj ,/,/O/1/punct a/DT/O/4/det "
                        + "scientist/NN/O/1/appos at/IN/O/7/case Northfield/NNP/ORGANIZATION/7/compound "
                        + "University/NNP/ORGANIZATION/4/nmod said|say/VBD/O/-1/root",
                "Tom/NNP/PERSON/1/compound Reed/NNP/PERSON/5/nsubj ,/,/O/1/punct a/DT/O/4/det "
                        + "scientist/NN/O/1/appos said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).as("the university named first").isEqualTo("GBREDU");
        assertThat(p.resolve(2, 1).actor().code()).as("the university named after").isEqualTo("GBREDU");
        assertThat(p.resolve(3, 1).actor().code()).as("no employer named").isEqualTo("GBRCVL");
    }

    /** The officers of a company's executive suite are no police, which "officer" alone codes. */
    @Test
    void aChiefOfficerOfACompanysSuiteIsBusiness() {
        Parsed p = parse("Britain/NNP/LOCATION/1/nsubj voted|vote/VBD/O/-1/root",
                "Dana/NNP/PERSON/1/compound Reyes/NNP/PERSON/7/nsubj ,/,/O/1/punct Chief/NNP/O/5/compound "
                        + "Strategy/NNP/O/5/compound Officer/NNP/O/1/appos ,/,/O/1/punct said|say/VBD/O/-1/root",
                "Lee/NNP/PERSON/1/compound Park/NNP/PERSON/5/nsubj ,/,/O/1/punct a/DT/O/4/det "
                        + "officer/NN/O/1/appos said|say/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).as("a chief strategy officer").isEqualTo("GBRBUS");
        assertThat(p.resolve(2, 1).actor().code()).as("an officer").isEqualTo("GBRCOP");
    }

    /** A news outlet is the media of the country it is based in, as any sector of a country is. */
    @Test
    void anOutletIsTheMediaOfItsCountry() {
        Parsed p = parse("Syria/NNP/LOCATION/1/nsubj suffered|suffer/VBD/O/-1/root ./././1/punct",
                "The/DT/O/1/det BBC/NNP/ORGANIZATION/2/nsubj apologized|apologize/VBD/O/-1/root",
                "Xinhua/NNP/ORGANIZATION/1/nsubj reported|report/VBD/O/-1/root");

        assertThat(p.resolve(1, 1).actor().code()).isEqualTo("GBRMED");
        assertThat(p.resolve(1, 1).actor().name()).as("the outlet keeps its name").isEqualTo("BBC");
        assertThat(p.resolve(2, 0).actor().code()).isEqualTo("CHNMED");
    }
}

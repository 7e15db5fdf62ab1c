package org.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.model.Dependency;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Speaker;
import org.dossier.model.Span;
import org.dossier.model.Token;
import org.dossier.testing.Articles;
import org.junit.jupiter.api.Test;

/**
 * The attribution rules of direct quotes over hand-made tokens, tags and person names (no models, no parse: the
 * surface rules). Each sentence is written as space-separated {@code word/TAG} tokens, a lemma after a second
 * slash where it differs ({@code continued/VBD/continue}) and an NER tag after a third; persons are listed by
 * their words.
 */
class QuoteAttributionRulesTest {

    /** Builds an article of sentences, each its own paragraph unless {@code sameParagraph}. */
    private static final class Story {
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final Map<String, List<Mention>> persons = new LinkedHashMap<>();
        private final List<SentenceParse> parses = new ArrayList<>();
        private final List<Mention> places = new ArrayList<>();
        /** The last sentence ends in an opening mark, as the tokenizer hangs {@code ''} on the sentence before. */
        private boolean openingMarkLast;

        /** The last sentence's parse, as arcs "head>dependent:relation" over token indexes (-1 the root). */
        Story parsed(String... arcs) {
            List<Dependency> dependencies = new ArrayList<>();
            for (String arc : arcs) {
                String[] parts = arc.split("[>:]", 3); // the relation may have a subtype: "acl:relcl"
                dependencies.add(new Dependency(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]));
            }
            parses.add(new SentenceParse(sentences.size() - 1, dependencies));
            return this;
        }

        Story paragraph(String tagged, String... people) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            return sentence(tagged, people);
        }

        /**
         * A sentence; one that opens with a closing mark ({@code "/''}) takes it right after the sentence before, as
         * the tokenizer may hang a quotation's closing mark on the next sentence, and {@code <br>} in it is a line
         * break (no token) there. {@code <nbsp>} sets a no-break space (U+00A0) before the next token in place of a
         * plain one, as web copy does.
         */
        Story sentence(String tagged, String... people) {
            if (!text.isEmpty() && !text.toString().endsWith("\n\n") && !openingMarkLast
                    && !tagged.startsWith("\"/''")) {
                text.append(' ');
            }
            int start = text.length();
            List<Token> tokens = new ArrayList<>();
            boolean glue = false;
            boolean noBreak = false;
            boolean opening = false;
            for (String item : tagged.split(" ")) {
                if (item.equals("<br>")) {
                    text.append('\n');
                    glue = true;
                    continue;
                }
                if (item.equals("<open>")) {
                    opening = true; // the next mark opens a quotation, though tagged as closing ("her plan ''rash''")
                    continue;
                }
                if (item.equals("<nbsp>")) {
                    noBreak = true;
                    continue;
                }
                String[] parts = item.split("/");
                String word = parts[0];
                // written as news prints it: no space inside quotation marks or before punctuation
                boolean attached = !opening && (glue || parts[1].equals("''") || parts[1].equals(",")
                        || parts[1].equals("."));
                int at = text.length();
                if (at > start && !attached) {
                    text.append(noBreak ? '\u00a0' : ' ');
                    at++;
                }
                noBreak = false;
                glue = parts[1].equals("``") || opening;
                opening = false;
                openingMarkLast = glue;
                text.append(word);
                tokens.add(new Token(new Span(at, at + word.length()), word,
                        parts.length > 2 ? parts[2] : word.toLowerCase(), parts[1], parts.length > 3 ? parts[3] : "O"));
            }
            for (String person : people) {
                int at = text.indexOf(person, start);
                Span name = new Span(at, at + person.length());
                tokens.replaceAll(t -> name.contains(t.span())
                        ? new Token(t.span(), t.word(), t.lemma(), t.pos(), "PERSON") : t);
            }
            sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), tokens));
            for (String person : people) {
                int at = text.indexOf(person, start);
                Mention mention = new Mention("a1", new Span(at, at + person.length()), person, EntityType.PERSON);
                String full = persons.keySet().stream().filter(name -> name.endsWith(person.substring(
                        person.lastIndexOf(' ') + 1))).findFirst().orElse(person);
                persons.computeIfAbsent(full, k -> new ArrayList<>()).add(mention);
            }
            return this;
        }

        /** The words in the last sentence name a place (a dateline). */
        Story place(String name) {
            int at = text.lastIndexOf(name);
            places.add(new Mention("a1", new Span(at, at + name.length()), name, EntityType.LOCATION));
            return this;
        }

        List<Quote> quotes() {
            List<Entity> entities = new ArrayList<>();
            int id = 0;
            for (Mention place : places) {
                entities.add(new Entity("e" + id++, place.text(), EntityType.LOCATION, List.of(place)));
            }
            for (Map.Entry<String, List<Mention>> person : persons.entrySet()) {
                entities.add(new Entity("e" + id++, person.getKey(), EntityType.PERSON, person.getValue()));
            }
            AnnotatedArticle article = AnnotatedArticle.of(Articles.of(text.toString()))
                    .with(Layers.SENTENCES, sentences)
                    .with(Layers.ENTITIES, entities)
                    .with(Layers.PARSES, parses);
            return new QuoteExtractor().apply(article).get(Layers.QUOTES);
        }
    }

    private static Span spanOf(String text, String word) {
        int at = text.indexOf(word);
        return new Span(at, at + word.length());
    }

    private static String speakerOf(List<Quote> quotes, String words) {
        Quote quote = quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
        return quote.speaker() == null ? null : quote.speaker().name();
    }

    @Test
    void verbsThatOnlyAttributeAQuotationNextToIt() {
        List<Quote> quotes = new Story()
                .paragraph("Helen/NNP Lund/NNP chairs/VBZ the/DT panel/NN ./.", "Helen Lund")
                .paragraph("\"/`` The/DT numbers/NNS have/VBP not/RB moved/VBN ,/, \"/'' Lund/NNP pointed/VBD/point "
                        + "out/RP ./.", "Lund")
                .paragraph("\"/`` Nobody/NN breaks/VBZ these/DT rules/NNS here/RB ,/, \"/'' Lund/NNP "
                        + "continued/VBD/continue ./.", "Lund")
                .paragraph("\"/`` Go/VB back/RB to/TO your/PRP$ office/NN ,/, \"/'' Lund/NNP barked/VBD/bark ./.",
                        "Lund")
                .quotes();
        assertThat(speakerOf(quotes, "numbers have not moved")).isEqualTo("Helen Lund");
        assertThat(speakerOf(quotes, "Nobody breaks these rules")).isEqualTo("Helen Lund");
        assertThat(speakerOf(quotes, "Go back to your office")).isEqualTo("Helen Lund");
    }

    @Test
    void aSubjectAndAVerbAloneAfterAQuotationClosedOnACommaAttributeIt() {
        // the attribution's slot: whatever the verb, "“…,” he mocks." says who spoke, and the quotation goes on
        // after it
        List<Quote> quotes = new Story()
                .paragraph("Paul/NNP Okafor/NNP wrote/VBD/write a/DT pamphlet/NN ./.", "Paul Okafor")
                .sentence("\"/`` The/DT river/NN has/VBZ not/RB failed/VBN the/DT farmers/NNS ,/, \"/'' he/PRP "
                        + "mocks/VBZ/mock ./.")
                .sentence("\"/`` The/DT farmers/NNS have/VBP failed/VBN the/DT river/NN ./. \"/''")
                .paragraph("\"/`` The/DT dam/NN is/VBZ too/RB old/JJ ,/, \"/'' Okafor/NNP mocks/VBZ/mock the/DT "
                        + "board/NN ./.", "Okafor")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("not failed the farmers")).singleElement()
                .satisfies(q -> {
                    assertThat(q.parts()).hasSize(2);
                    assertThat(q.text()).contains("have failed the river");
                    assertThat(q.speaker().name()).isEqualTo("Paul Okafor");
                });
        // with an object after the verb the sentence is the reporter's, no attribution
        assertThat(quotes).filteredOn(q -> q.text().contains("dam is too old")).singleElement()
                .satisfies(q -> assertThat(q.cue()).isNull());
    }

    @Test
    void aPossessorBeforeARoleNounAfterTheCueIsWhoseTheSpeakerIsNotTheSpeaker() {
        // "said the county's senior judge": the judge speaks; the county is the judge's affiliation
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT docket/NN is/VBZ clear/JJ ,/, \"/'' said/VBD/say the/DT county/NN 's/POS "
                        + "senior/JJ judge/NN ,/, \"/`` and/CC the/DT clerks/NNS are/VBP ready/JJ ./. \"/''")
                .paragraph("\"/`` Fees/NNS will/MD fall/VB ,/, \"/'' said/VBD/say the/DT town/NN 's/POS clerk/NN ./.")
                .quotes();
        assertThat(speakerOf(quotes, "docket is clear")).isEqualTo("county 's senior judge");
        assertThat(speakerOf(quotes, "Fees will fall")).isEqualTo("town 's clerk");
    }

    @Test
    void aVerbAfterAQuotationInsideAClauseOfItsSentenceAttributesNothing() {
        // no slot: the quotation is the clause's ("When the crowd chanted “…,”"), the verb after it the sentence's
        List<Quote> quotes = new Story()
                .paragraph("When/WRB the/DT crowd/NN chanted/VBD/chant \"/`` Four/CD more/JJR years/NNS for/IN "
                        + "the/DT mayor/NN of/IN this/DT fine/JJ city/NN ,/, \"/'' Tom/NNP Lee/NNP left/VBD/leave ./.",
                        "Tom Lee")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("Four more years")).singleElement().satisfies(q -> {
            assertThat(q.cue()).isNotEqualTo("left");
            assertThat(q.speaker() == null ? null : q.speaker().name()).isNotEqualTo("Tom Lee");
        });
    }

    @Test
    void aVerbThatIsNoCueAttributesNothing() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT numbers/NNS have/VBP not/RB moved/VBN ,/, \"/'' Lund/NNP walked/VBD/walk "
                        + "out/RP ./.", "Lund")
                .quotes();
        assertThat(speakerOf(quotes, "numbers have not moved")).isNull();
    }

    @Test
    void aQuotationInsideASentenceIsItsPersonSubjects() {
        List<Quote> quotes = new Story()
                .paragraph("Helen/NNP Lund/NNP thanked/VBD/thank the/DT committee/NN for/IN \"/`` standing/VBG "
                        + "firm/JJ when/WRB others/NNS would/MD not/RB ./. \"/''", "Helen Lund")
                .paragraph("The/DT committee/NN backed/VBD/back a/DT plan/NN \"/`` that/WDT nobody/NN in/IN the/DT "
                        + "city/NN wanted/VBD ./. \"/''")
                .quotes();
        assertThat(speakerOf(quotes, "standing firm when others")).isEqualTo("Helen Lund");
        // the subject is no person: no speaker rather than a guess, and a phrase of no one is not kept (session
        // fifteen)
        assertThat(quotes).noneMatch(q -> q.text().contains("nobody in the city wanted"));
    }

    @Test
    void aRoleNounBeforeAPersonsNameIsThatPerson() {
        // the parser makes the role the subject and hangs the name under it
        List<Quote> quotes = new Story()
                .paragraph("The/DT writer/NN Paul/NNP Green/NNP called/VBD/call the/DT session/NN \"/`` a/DT "
                        + "show/NN of/IN fear/NN at/IN a/DT time/NN of/IN peace/NN ./. \"/''", "Paul Green")
                .parsed("1>0:det", "4>1:nsubj", "3>2:compound", "1>3:dep", "-1>4:root", "6>5:det", "4>6:obj",
                        "8>7:det", "4>8:xcomp")
                .quotes();
        assertThat(speakerOf(quotes, "a show of fear")).isEqualTo("Paul Green");
    }

    @Test
    void anAttributionTheSplitterCutAfterAQuestionMark() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` Will/MD anyone/NN read/VB a/DT billion/CD posts/NNS ?/. \"/''")
                .sentence("said/VBD/say Rita/NNP Moreno/NNP ,/, a/DT professor/NN ./.", "Rita Moreno")
                .quotes();
        assertThat(speakerOf(quotes, "read a billion posts")).isEqualTo("Rita Moreno");
    }

    @Test
    void anAttributionTheSplitterCutAfterAQuestionMarkInTwoApostropheMarks() {
        // one outlet's style prints quotation marks as two apostrophes: the closing mark is two characters
        List<Quote> quotes = new Story()
                .paragraph("''/`` Who/WP will/MD pay/VB for/IN the/DT new/JJ bridge/NN ?/. ''/''")
                .sentence("asked/VBD/ask Rita/NNP Moreno/NNP ,/, a/DT farmer/NN ./.", "Rita Moreno")
                .quotes();
        assertThat(speakerOf(quotes, "pay for the new bridge")).isEqualTo("Rita Moreno");
    }

    @Test
    void aQuotationInTwoPartsAfterASentencesLeadInIsOneDirectQuote() {
        // "But" joins the quotation to the text before; it opens no clause of the reporter's
        List<Quote> quotes = new Story()
                .paragraph("But/CC \"/`` the/DT real/JJ issue/NN here/RB ,/, \"/'' Ann/NNP Holt/NNP added/VBD/add ,/, "
                        + "\"/`` is/VBZ/be who/WP pays/VBZ/pay for/IN the/DT new/JJ road/NN ./. \"/''", "Ann Holt")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    private static Quote quoteWith(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void aSpeakerThatNamesNobodyIsAnonymousAndKeepsItsOwnWords() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT road/NN north/RB is/VBZ closed/VBN again/RB ,/, \"/'' a/DT rebel/NN "
                        + "source/NN said/VBD/say ./.")
                .paragraph("\"/`` The/DT talks/NNS will/MD resume/VB next/JJ week/NN ,/, \"/'' two/CD "
                        + "officials/NNS/official said/VBD/say ./.")
                .paragraph("\"/`` We/PRP will/MD rebuild/VB the/DT bridge/NN ,/, \"/'' the/DT ministry/NN "
                        + "said/VBD/say ./.")
                .paragraph("\"/`` Nothing/NN was/VBD decided/VBN today/NN ,/, \"/'' a/DT spokesman/NN "
                        + "said/VBD/say ./.")
                .paragraph("\"/`` The/DT vote/NN is/VBZ on/IN Friday/NNP ,/, \"/'' Helen/NNP Lund/NNP "
                        + "said/VBD/say ./.", "Helen Lund")
                .paragraph("\"/`` It/PRP is/VBZ a/DT bad/JJ year/NN ,/, \"/'' the/DT doctor/NN said/VBD/say ./.")
                .paragraph("\"/`` We/PRP never/RB saw/VBD/see them/PRP ,/, \"/'' the/DT official/NN "
                        + "said/VBD/say ./.")
                .paragraph("\"/`` Prices/NNS doubled/VBD/double overnight/RB ,/, \"/'' one/CD commenter/NN "
                        + "said/VBD/say ./.")
                .quotes();
        Quote source = quoteWith(quotes, "road north is closed");
        assertThat(source.speaker().name()).isEqualTo("rebel source");
        assertThat(source.speaker().anonymous()).isTrue();
        assertThat(quoteWith(quotes, "talks will resume").speaker().anonymous()).isTrue();
        // an institution and a spokesperson speak on the record for a body; a named person is named
        assertThat(quoteWith(quotes, "rebuild the bridge").speaker().anonymous()).isFalse();
        assertThat(quoteWith(quotes, "Nothing was decided").speaker().anonymous()).isFalse();
        assertThat(quoteWith(quotes, "vote is on Friday").speaker().anonymous()).isFalse();
        // "the doctor" is most often someone the article names; "the official" an unnamed source met before
        assertThat(quoteWith(quotes, "bad year").speaker().anonymous()).isFalse();
        assertThat(quoteWith(quotes, "never saw them").speaker().anonymous()).isTrue();
        assertThat(quoteWith(quotes, "Prices doubled").speaker().anonymous()).isTrue();
    }

    private static Quote reported(List<Quote> quotes) {
        return quotes.stream().filter(q -> !q.direct()).findFirst().orElse(null);
    }

    @Test
    void aFrontedClauseIsWhatTheCueAtTheEndReports() {
        // the parser made the clause an adverbial of "said" rather than its complement
        List<Quote> quotes = new Story()
                .paragraph("Any/DT move/NN to/TO close/VB the/DT harbour/NN would/MD bring/VB protests/NNS ,/, "
                        + "Varga/NNP said/VBD/say ./.", "Varga")
                .parsed("1>0:det", "7>1:nsubj", "3>2:mark", "1>3:acl", "5>4:det", "3>5:obj", "7>6:aux",
                        "11>7:advcl", "7>8:obj", "11>9:punct", "11>10:nsubj", "-1>11:root", "11>12:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Any move to close the harbour would bring protests");
            assertThat(q.speaker().name()).isEqualTo("Varga");
        });
    }

    @Test
    void aReportEndsBeforeTheAttributionThatEndsItsSentence() {
        // the parser hung the closing "the paper reported" inside the clause that "said" reports
        List<Quote> quotes = new Story()
                .paragraph("Mayor/NNP Ada/NNP Lind/NNP said/VBD/say the/DT bridge/NN would/MD open/VB in/IN "
                        + "May/NNP ,/, the/DT paper/NN reported/VBD/report ./.", "Ada Lind")
                .parsed("2>0:compound", "2>1:compound", "3>2:nsubj", "-1>3:root", "5>4:det", "7>5:nsubj",
                        "7>6:aux", "3>7:ccomp", "9>8:case", "7>9:obl", "13>10:punct", "12>11:det", "13>12:nsubj",
                        "7>13:parataxis", "3>14:punct")
                .quotes();
        // what "said" reports now lies inside the paper's report, which keeps it (the nesting rule)
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
                .containsExactly("Mayor Ada Lind said the bridge would open in May");
    }

    @Test
    void aCueThatEndsTheSentenceButForAPrepositionalPhraseReportsTheClauseBeforeIt() {
        // "…, she said in an interview later.": where, when and to whom are no object of the cue
        List<Quote> quotes = new Story()
                .paragraph("The/DT talks/NNS failed/VBD/fail ,/, Varga/NNP said/VBD/say in/IN an/DT interview/NN "
                        + "later/RB ./.", "Varga")
                .parsed("1>0:det", "2>1:nsubj", "5>2:advcl", "5>3:punct", "5>4:nsubj", "-1>5:root", "8>6:case",
                        "8>7:det", "5>8:obl", "5>9:advmod", "5>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The talks failed");
            assertThat(q.speaker().name()).isEqualTo("Varga");
        });
    }

    @Test
    void aRelativeOrSubordinateClauseAfterACommaIsNoTrailingAttribution() {
        List<Quote> quotes = new Story()
                .paragraph("Moreno/NNP lost/VBD/lose Kent/NNP to/TO Ada/NNP Morrow/NNP ,/, who/WP "
                        + "added/VBD/add to/TO her/PRP$ lead/NN ./.", "Ada Morrow", "Moreno")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "5>3:case", "5>4:compound", "1>5:obl", "5>6:punct",
                        "8>7:nsubj", "5>8:acl:relcl", "11>9:case", "11>10:nmod:poss", "8>11:obl", "1>12:punct")
                .paragraph("Four/CD in/IN 10/CD say/VBP/say she/PRP is/VBZ/be honest/JJ ,/, after/IN half/NN "
                        + "said/VBD/say so/RB in/IN a/DT later/JJR survey/NN ./.")
                .parsed("3>0:nsubj", "2>1:case", "0>2:nmod", "-1>3:root", "6>4:nsubj", "6>5:cop", "3>6:ccomp",
                        "3>7:punct", "10>8:mark", "10>9:nsubj", "3>10:advcl", "10>11:advmod", "15>12:case",
                        "15>13:det", "15>14:amod", "10>15:obl", "3>16:punct")
                // an object gap: "a prospect" is what Bo Reyes denied, not the clause before the comma
                .paragraph("Al/NNP Lee/NNP cited/VBD/cite his/PRP$ testimony/NN ,/, a/DT prospect/NN Bo/NNP "
                        + "Reyes/NNP denied/VBD/deny earlier/RBR in/IN the/DT day/NN ./.", "Al Lee", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:nmod:poss", "2>4:obj", "4>5:punct",
                        "7>6:det", "4>7:appos", "9>8:compound", "10>9:nsubj", "7>10:acl:relcl", "10>11:advmod",
                        "14>12:case", "14>13:det", "10>14:obl", "2>15:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.text().contains("Moreno lost Kent"));
        assertThat(quotes).noneMatch(q -> q.text().contains("Lee cited his testimony"));
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().equals("half"));
    }

    @Test
    void anAsAttributionThatOpensTheSentenceReportsTheClauseAfterItsComma() {
        // the parser hangs "noted" on the main verb as an adverbial clause: "noted" has no complement of its own
        List<Quote> quotes = new Story()
                .paragraph("But/CC as/IN Ann/NNP Lee/NNP noted/VBD/note ,/, these/DT farmers/NNS will/MD give/VB "
                        + "Moreno/NNP a/DT fair/JJ hearing/NN ./.", "Ann Lee")
                .parsed("9>0:cc", "4>1:mark", "3>2:compound", "4>3:nsubj", "9>4:advcl", "9>5:punct", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "-1>9:root", "9>10:iobj", "13>11:det", "13>12:amod", "9>13:obj",
                        "9>14:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("these farmers will give Moreno a fair hearing");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void anAsAttributionAfterAClauseReportsThatClauseAlone() {
        List<Quote> quotes = new Story()
                .paragraph("Both/DT claim/VBP roots/NNS there/RB -/: her/PRP$ father/NN grew/VBD/grow up/RP here/RB "
                        + ",/, as/IN Ann/NNP Lee/NNP said/VBD/say at/IN the/DT outset/NN -/: and/CC the/DT crowd/NN "
                        + "cheered/VBD/cheer ./.", "Ann Lee")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "1>3:advmod", "1>4:punct", "6>5:nmod:poss",
                        "7>6:nsubj", "1>7:parataxis", "7>8:compound:prt", "7>9:advmod", "7>10:punct", "14>11:mark",
                        "13>12:compound", "14>13:nsubj", "7>14:advcl", "17>15:case", "17>16:det", "14>17:obl",
                        "1>18:punct", "22>19:cc", "21>20:det", "22>21:nsubj", "1>22:conj", "1>23:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("her father grew up here");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void anAsClauseWhoseCueHasATopicOrAnObjectIsNoAttribution() {
        // "as" is a time here: the cue has words of its own after it
        List<Quote> quotes = new Story()
                .paragraph("As/IN Ann/NNP Lee/NNP complained/VBD/complain about/IN the/DT weather/NN ,/, the/DT "
                        + "bus/NN left/VBD/leave the/DT station/NN ./.", "Ann Lee")
                .parsed("3>0:mark", "2>1:compound", "3>2:nsubj", "10>3:advcl", "6>4:case", "6>5:det", "3>6:obl",
                        "10>7:punct", "9>8:det", "10>9:nsubj", "-1>10:root", "12>11:det", "10>12:obj",
                        "10>13:punct")
                .paragraph("As/IN Ann/NNP Lee/NNP said/VBD/say goodbye/UH to/TO the/DT guests/NNS ,/, the/DT "
                        + "bus/NN left/VBD/leave the/DT station/NN ./.", "Ann Lee")
                .parsed("3>0:mark", "2>1:compound", "3>2:nsubj", "11>3:advcl", "3>4:obj", "7>5:case", "7>6:det",
                        "3>7:obl", "11>8:punct", "10>9:det", "11>10:nsubj", "-1>11:root", "13>12:det", "11>13:obj",
                        "11>14:punct")
                .paragraph("As/IN lawyers/NNS argued/VBD/argue in/IN court/NN ,/, supporters/NNS rallied/VBD/rally "
                        + "outside/RB ./.")
                .parsed("2>0:mark", "2>1:nsubj", "7>2:advcl", "4>3:case", "2>4:obl", "7>5:punct", "7>6:nsubj",
                        "-1>7:root", "7>8:advmod", "7>9:punct")
                .quotes();
        // "complained", "argued": acts as much as speech, whose "as" tells when; the complaint's own position (a
        // cue of position-cues.txt) is all that is reported, not the clause after the comma
        assertThat(quotes).extracting(Quote::text).containsExactly("the weather");
    }

    @Test
    void aCueInsideTheSentenceIsNoFrontedReport() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT talks/NNS failed/VBD ,/, Varga/NNP said/VBD/say on/IN a/DT call/NN with/IN "
                        + "reporters/NNS who/WP waited/VBD ./.", "Varga")
                .parsed("1>0:det", "2>1:nsubj", "5>2:advcl", "5>3:punct", "5>4:nsubj", "-1>5:root")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void whoSaidSpeaksForTheNameBeforeIt() {
        // "who" is the cue's subject; the parser hangs its clause loosely (dep) on the name
        List<Quote> quotes = new Story()
                .paragraph("Farmers/NNS preferred/VBD Ned/NNP Alder/NNP ,/, who/WP said/VBD/say he/PRP would/MD "
                        + "lower/VB fees/NNS ./.", "Ned Alder")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:compound", "1>3:obj", "3>4:punct", "6>5:nsubj",
                        "3>6:dep", "9>7:nsubj", "9>8:aux", "6>9:ccomp", "9>10:obj", "1>11:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("he would lower fees");
            assertThat(q.speaker().name()).isEqualTo("Ned Alder");
        });
    }

    @Test
    void aNameOpeningALongAppositionSpeaksWhenTheParseGivesNoSubject() {
        List<Quote> quotes = new Story()
                .paragraph("Shane/NNP Shook/NNP ,/, an/DT expert/NN who/WP studied/VBD the/DT breaches/NNS ,/, "
                        + "said/VBD/say he/PRP saw/VBD no/DT evidence/NN ./.", "Shane Shook")
                // the parser took "Shook" for the verb, leaving "said" without a subject
                .parsed("1>0:nsubj", "-1>1:root", "1>2:punct", "4>3:det", "1>4:obj", "6>5:nsubj", "4>6:acl:relcl",
                        "8>7:det", "6>8:obj", "10>9:punct", "1>10:parataxis", "12>11:nsubj", "10>12:ccomp",
                        "14>13:det", "12>14:obj")
                .quotes();
        assertThat(reported(quotes)).isNotNull()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Shane Shook"));
    }

    @Test
    void aVerbJoinedToTheCuesOwnIsNoReportedClause() {
        List<Quote> quotes = new Story()
                .paragraph("Fields/NNP shared/VBD/share a/DT drawing/NN of/IN her/PRP$ garden/NN and/CC "
                        + "posted/VBD/post a/DT video/NN ./.", "Fields")
                .parsed("1>0:nsubj", "-1>1:root")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void aDayIsNeverASpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP will/MD vote/VB on/IN it/PRP soon/RB ,/, \"/'' Tuesday/NNP/tuesday/DATE "
                        + "said/VBD/say ./.")
                .quotes();
        assertThat(speakerOf(quotes, "We will vote on it soon")).isNull();
    }

    @Test
    void aSurnameThatIsAWordOfTimeSpeaksForThePersonNamedBefore() {
        // the tagger read the surname alone as a span of time; "Mara Day" was named in full before
        List<Quote> quotes = new Story()
                .paragraph("Mara/NNP Day/NNP runs/VBZ/run the/DT county/NN ./.", "Mara Day")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct")
                .paragraph("Day/NNP/day/DURATION said/VBD/say the/DT levy/NN would/MD rise/VB ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the levy would rise / Mara Day");
    }

    @Test
    void aWordOfTimeNamesNoOneWhereNoPersonOfThatNameCameBefore() {
        List<Quote> quotes = new Story()
                .paragraph("Ed/NNP Lune/NNP runs/VBZ/run the/DT county/NN ./.", "Ed Lune")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct")
                .paragraph("Tuesday/NNP/tuesday/DATE said/VBD/say the/DT levy/NN would/MD rise/VB ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void aFractionOfAGroupTaggedAsASpanOfTimeSpeaksForItsShare() {
        // "quarters" tagged as a span of time (a quarter of a year), as the tagger does
        List<Quote> quotes = new Story()
                .paragraph("Three/CD/three/DURATION -/HYPH/-/DURATION quarters/NNS/quarter/DURATION of/IN the/DT "
                        + "tenants/NNS said/VBD/say the/DT rent/NN was/VBD/be too/RB high/JJ ./.")
                .parsed("2>0:nummod", "2>1:punct", "6>2:nsubj", "5>3:case", "5>4:det", "2>5:nmod", "-1>6:root",
                        "8>7:det", "11>8:nsubj", "11>9:cop", "11>10:advmod", "6>11:ccomp", "6>12:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .singleElement().asString().startsWith("the rent was too high / Three").endsWith("quarters");
    }

    @Test
    void aQuotationGoesOnAfterItsAttributionHoweverLongTheSpeakersDescription() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP check/VBP names/NNS against/IN tenant/NN records/NNS ,/, \"/'' said/VBD/say "
                        + "Carl/NNP Verd/NNP ,/, a/DT senior/JJ housing/NN official/NN under/IN the/DT last/JJ "
                        + "council/NN ./.", "Carl Verd")
                .sentence("\"/`` Where/WRB those/DT records/NNS miss/VBP ,/, nothing/NN stands/VBZ out/RP ./. \"/''")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Carl Verd");
        });
    }

    @Test
    void twoQuotationsJoinedByAndAreOneQuote() {
        List<Quote> quotes = new Story()
                .paragraph("Carl/NNP Verd/NNP told/VBD/tell the/DT crowd/NN ,/, \"/`` I/PRP am/VBP a/DT builder/NN "
                        + "like/IN you/PRP ,/, \"/'' and/CC ,/, \"/`` Is/VBZ there/EX anyone/NN who/WP "
                        + "does/VBZ not/RB ?/. \"/''", "Carl Verd")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Carl Verd");
        });
    }

    @Test
    void aMixedQuoteIsReportedSpeechUpToItsQuotationsEnd() {
        List<Quote> quotes = new Story()
                .paragraph("Mike/NNP Lee/NNP said/VBD/say Holt/NNP has/VBZ \"/`` dodged/VBN every/DT blow/NN "
                        + "they/PRP aimed/VBD ./. \"/''", "Mike Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:nsubj", "6>4:aux", "6>5:punct",
                        "2>6:ccomp", "8>7:det", "6>8:obj", "10>9:nsubj", "8>10:acl:relcl", "2>11:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("Holt has \"dodged every blow they aimed.\"");
            assertThat(q.speaker().name()).isEqualTo("Mike Lee");
        });
    }

    @Test
    void aNameRightBeforeTheCueSpeaksWhenTheParseHungItElsewhere() {
        // the parser made "Holt" an apposition of "endorsement" and hung "added" loosely on it
        List<Quote> quotes = new Story()
                .paragraph("In/IN a/DT lukewarm/JJ review/NN ,/, Mrs./NNP Holt/NNP added/VBD/add that/IN "
                        + "he/PRP was/VBD/be wiser/JJR than/IN the/DT rivals/NNS ./.", "Holt")
                .parsed("3>0:case", "3>1:det", "3>2:amod", "-1>3:root", "3>4:punct", "6>5:compound", "3>6:appos",
                        "3>7:dep", "11>8:mark", "11>9:nsubj", "11>10:cop", "7>11:ccomp", "14>12:case", "14>13:det",
                        "11>14:obl", "3>15:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("he was wiser than the rivals");
            assertThat(q.speaker().name()).isEqualTo("Holt");
        });
    }

    @Test
    void aNameInsideADescriptionOfPeopleIsNotItsSpeaker() {
        // the parser hung the relative clause on the name and took the name for the cue's subject
        List<Quote> quotes = new Story()
                .paragraph("Friends/NNS of/IN Mr./NNP Holt/NNP 's/POS who/WP have/VBP/have met/VBN/meet him/PRP "
                        + "lately/RB say/VBP/say that/IN he/PRP is/VBZ/be ill/JJ ./.", "Holt")
                .parsed("-1>0:root", "10>1:mark", "3>2:compound", "10>3:nsubj", "3>4:case", "7>5:nsubj", "7>6:aux",
                        "3>7:acl:relcl", "7>8:obj", "7>9:advmod", "0>10:acl", "14>11:mark", "14>12:nsubj",
                        "14>13:cop", "10>14:ccomp", "0>15:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Friends"));
    }

    @Test
    void theNameAfterOfThatARelativeStandsForSpeaks() {
        List<Quote> quotes = new Story()
                .paragraph("Lund/NNP made/VBD/make no/DT mention/NN of/IN Ned/NNP Alder/NNP ,/, who/WP "
                        + "announced/VBD/announce he/PRP was/VBD/be retiring/VBG/retire ./.", "Lund", "Ned Alder")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "6>4:case", "6>5:compound", "3>6:nmod",
                        "6>7:punct", "9>8:nsubj", "6>9:acl:relcl", "12>10:nsubj", "12>11:aux", "9>12:ccomp",
                        "1>13:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ned Alder"));
    }

    @Test
    void aNameInsideAPhraseBeforeTheCueIsNoSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("A/DT report/NN by/IN Jane/NNP Doe/NNP noted/VBD/note that/IN the/DT firm/NN had/VBD/have "
                        + "lost/VBN/lose money/NN ./.", "Jane Doe")
                .parsed("1>0:det", "-1>1:root", "4>2:case", "4>3:compound", "1>4:nmod", "1>5:dep", "10>6:mark",
                        "8>7:det", "10>8:nsubj", "10>9:aux", "5>10:ccomp", "10>11:obj", "1>12:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void theComplementAfterTheCueIsWhatItReports() {
        // the parser hung the fronted "foresee" on "said" as a second complement
        List<Quote> quotes = new Story()
                .paragraph("Like/IN other/JJ growers/NNS who/WP expect/VBP rains/NNS ,/, Mark/NNP Schmidt/NNP "
                        + "said/VBD/say he/PRP was/VBD/be planting/VBG/plant a/DT field/NN ./.", "Mark Schmidt")
                .parsed("2>0:case", "2>1:amod", "4>2:obl", "4>3:nsubj", "9>4:ccomp", "4>5:obj", "9>6:punct",
                        "8>7:compound", "9>8:nsubj", "-1>9:root", "12>10:nsubj", "12>11:aux", "9>12:ccomp",
                        "14>13:det", "12>14:obj", "9>15:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("he was planting a field");
            assertThat(q.speaker().name()).isEqualTo("Mark Schmidt");
        });
    }

    @Test
    void aCueWithoutSubjectSharesTheOneOfTheVerbItIsJoinedTo() {
        // "said" is joined to "answered", whose subject is "who", a relative clause on the name
        List<Quote> quotes = new Story()
                .paragraph("Tom/NNP told/VBD/tell Ann/NNP Guess/NNP ,/, who/WP opened/VBD/open her/PRP$ gate/NN "
                        + "and/CC said/VBD/say she/PRP meant/VBD/mean to/TO stay/VB ./.", "Tom", "Ann Guess")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:compound", "1>3:obj", "3>4:punct", "6>5:nsubj",
                        "3>6:acl:relcl", "8>7:nmod:poss", "6>8:obj", "10>9:cc", "6>10:conj", "12>11:nsubj",
                        "10>12:ccomp", "14>13:mark", "12>14:xcomp", "1>15:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("she meant to stay");
            assertThat(q.speaker().name()).isEqualTo("Ann Guess");
        });
    }

    @Test
    void ofTwoSubjectsTheOneNearestTheCueSpeaks() {
        // the parser took the dateline for a second subject
        List<Quote> quotes = new Story()
                .paragraph("WASHINGTON/NNP -/: Sheldon/NNP Adelson/NNP said/VBD/say he/PRP met/VBD/meet Trump/NNP ./.",
                        "Sheldon Adelson", "Trump")
                .parsed("4>0:nsubj", "0>1:punct", "3>2:compound", "4>3:nsubj", "-1>4:root", "6>5:nsubj",
                        "4>6:ccomp", "6>7:obj", "4>8:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Sheldon Adelson"));
    }

    @Test
    void aCharacterizationIsWhatIsCalledAndWhatItIsCalled() {
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Osman/NNP called/VBD/call him/PRP a/DT loyal/JJ neighbour/NN ./.", "Al Osman")
                // "him" and "person" read as two objects
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:iobj", "6>4:det", "6>5:amod", "2>6:obj",
                        "2>7:punct")
                .paragraph("Ned/NNP Alder/NNP called/VBD/call Lund/NNP reckless/JJ ./.", "Ned Alder", "Lund")
                // a small clause: "unhinged" with its own subject
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:nsubj", "2>4:xcomp", "2>5:punct")
                .paragraph("Ann/NNP Rubio/NNP called/VBD/call the/DT remark/NN \"/`` rude/JJ and/CC "
                        + "absurd/JJ ./. \"/''", "Ann Rubio")
                // the quoted predicate hangs on nothing
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct", "2>6:dep",
                        "6>7:cc", "6>8:conj", "2>9:punct", "2>10:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
                .containsExactly("him a loyal neighbour", "Lund reckless", "the remark \"rude and absurd.\"");
    }

    @Test
    void aQuotedPredicateOpenedByAMarkTaggedAsClosingIsPartOfTheCharacterization() {
        // plain-text copy opens quotations with two apostrophes, which the tagger reads as a closing mark
        List<Quote> quotes = new Story()
                .paragraph("Ned/NNP Alder/NNP called/VBD/call her/PRP$ plan/NN <open> ''/'' rash/JJ ./. ''/''",
                        "Ned Alder")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:nmod:poss", "2>4:obj", "4>5:punct",
                        "4>6:amod", "2>7:punct", "2>8:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("her plan ''rash.''");
            assertThat(q.speaker().name()).isEqualTo("Ned Alder");
        });
    }

    @Test
    void aNounAndItsQuotedPredicateReadAsOnePhraseAreTheCharacterization() {
        // the parser makes the thing called a compound of what it is called
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Osman/NNP called/VBD/call the/DT dockers/NNS \"/`` vandals/NNS \"/'' "
                        + "on/IN Monday/NNP ./.", "Al Osman")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:det", "6>4:compound", "6>5:punct",
                        "2>6:obj", "2>7:punct", "9>8:case", "2>9:obl", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the dockers \"vandals\"");
            assertThat(q.speaker().name()).isEqualTo("Al Osman");
        });
    }

    @Test
    void aClauseWhoseSubjectStandsApartFromTheCueIsNoSmallClause() {
        // "declined to call it a failure, the figures worried her": "worried" read as the clause of "call"
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Rubio/NNP declined/VBD/decline to/TO call/VB/call it/PRP a/DT failure/NN ,/, "
                        + "the/DT figures/NNS worried/VBN/worry her/PRP ./.", "Ann Rubio")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:mark", "2>4:xcomp", "4>5:obj", "7>6:det",
                        "5>7:dep", "4>8:punct", "10>9:det", "11>10:nsubj", "4>11:ccomp", "11>12:obj", "2>13:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text).doesNotContain(
                "it a failure, the figures worried her");
    }

    @Test
    void aSecondNounPhraseReadAsANounAdverbialIsWhatSomeoneIsCalled() {
        List<Quote> quotes = new Story()
                .paragraph("Ned/NNP Alder/NNP called/VBD/call him/PRP a/DT \"/`` born/JJ schemer/NN \"/'' ./.",
                        "Ned Alder")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "7>4:det", "7>5:punct", "7>6:amod",
                        "2>7:obl:npmod", "7>8:punct", "2>9:punct")
                .paragraph("Ann/NNP Rubio/NNP called/VBD/call him/PRP a/DT day/NN/day/DURATION later/RB ./.",
                        "Ann Rubio")
                // a span of time is no characterization
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:det", "2>5:obl:npmod",
                        "2>6:advmod", "2>7:punct")
                .paragraph("Al/NNP Osman/NNP called/VBD/call it/PRP a/DT sham/NN ,/, the/DT vote/NN "
                        + "went/VBD/go on/RP ./.", "Al Osman")
                // the next clause hung on the noun adverbial
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:det", "2>5:obl:npmod",
                        "5>6:punct", "8>7:det", "9>8:nsubj", "5>9:acl", "9>10:compound:prt", "2>11:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
                .containsExactly("him a \"born schemer\"", "it a sham");
    }

    @Test
    void anAsPhraseAfterANounAdverbialIsThePredicateWithTheWordsBetween() {
        // "point by point" is read as a noun adverbial before the "as" phrase: the "as" phrase is the predicate, and
        // the comma before it does not end the characterization as it ends a noun adverbial's
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Rubio/NNP described/VBD/describe the/DT levy/NN ,/, point/NN by/IN point/NN ,/, "
                        + "as/IN \"/`` unfair/JJ \"/'' ./.", "Ann Rubio")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct",
                        "2>6:obl:npmod", "8>7:case", "6>8:nmod", "2>9:punct", "12>10:mark", "12>11:punct",
                        "2>12:advcl", "12>13:punct", "2>14:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the levy, point by point, as \"unfair\"");
            assertThat(q.speaker().name()).isEqualTo("Ann Rubio");
        });
    }

    @Test
    void aQuotationThatOpensTheObjectNamesItAndSaysNothing() {
        // "called the “Blue Line” …": the quoted words are the object's name, and no predicate follows
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Osman/NNP called/VBD/call the/DT \"/`` Blue/NNP Line/NNP \"/'' ./.", "Al Osman")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:det", "6>4:punct", "6>5:compound", "2>6:obj",
                        "6>7:punct", "2>8:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).isEmpty();
    }

    @Test
    void aSmallClauseReadAsAClausalComplementIsTheCharacterizationWithoutTheVerbJoinedToIt() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Rubio/NNP criticised/VBD/criticise the/DT levy/NN ,/, calling/VBG/call it/PRP "
                        + "\"/`` unfair/JJ \"/'' and/CC vowing/VBG/vow to/TO repeal/VB it/PRP ./.", "Ann Rubio")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct", "2>6:dep",
                        "9>7:nsubj", "9>8:punct", "6>9:ccomp", "9>10:punct", "12>11:cc", "9>12:conj", "14>13:mark",
                        "12>14:xcomp", "14>15:obj", "2>16:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct() && q.text().contains("unfair")).singleElement()
                .satisfies(q -> {
                    assertThat(q.text()).isEqualTo("it \"unfair\"");
                    assertThat(q.speaker().name()).isEqualTo("Ann Rubio");
                });
    }

    @Test
    void aPositionIsThePhraseItsPrepositionIntroduces() {
        List<Quote> quotes = new Story()
                .paragraph("Dan/NNP Trump/NNP called/VBD/call for/IN a/DT ban/NN on/IN imports/NNS ./.", "Dan Trump")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:case", "5>4:det", "2>5:obl", "7>6:case",
                        "5>7:nmod", "2>8:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("a ban on imports");
            assertThat(q.speaker().name()).isEqualTo("Dan Trump");
        });
    }

    @Test
    void anObjectBeforeThePrepositionMakesItNoPosition() {
        // "called a referendum for …" is no "called for …"
        List<Quote> quotes = new Story()
                .paragraph("Dan/NNP Trump/NNP called/VBD/call a/DT referendum/NN for/IN the/DT fifth/JJ of/IN "
                        + "June/NNP ./.", "Dan Trump")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "7>5:case", "7>6:det",
                        "2>7:obl", "9>8:case", "7>9:nmod", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void whoIsAskedStandsAfterTheCue() {
        // a phrase before the cue is no addressee
        List<Quote> quotes = new Story()
                .paragraph("During/IN the/DT meeting/NN ,/, Al/NNP Lee/NNP asked/VBD/ask the/DT committee/NN to/TO "
                        + "vote/VB/vote for/IN him/PRP ./.", "Al Lee")
                .parsed("2>0:case", "2>1:det", "6>2:obl", "6>3:punct", "5>4:compound", "6>5:nsubj", "-1>6:root",
                        "8>7:det", "6>8:obj", "10>9:mark", "6>10:xcomp", "12>11:case", "10>12:obl", "6>13:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the committee to vote for him");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void toTellSomeoneToDoSomethingIsAnAppeal() {
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP told/VBD/tell the/DT tenants/NNS not/RB to/TO use/VB the/DT lift/NN ./.",
                        "Al Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "7>5:advmod", "7>6:mark",
                        "2>7:xcomp", "9>8:det", "7>9:obj", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull()
                .satisfies(q -> assertThat(q.text()).isEqualTo("the tenants not to use the lift"));
    }

    @Test
    void aVowIsWhatTheSpeakerVowsToDo() {
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP vowed/VBD/vow to/TO repeal/VB the/DT law/NN ./.", "Al Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:mark", "2>4:xcomp", "6>5:det", "4>6:obj",
                        "2>7:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("to repeal the law");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void anAttributionBetweenCommasInterruptsWhatItReports() {
        // the parser hung "said" on "is" as parataxis
        List<Quote> quotes = new Story()
                .paragraph("The/DT aim/NN ,/, Al/NNP Lee/NNP said/VBD/say ,/, is/VBZ/be to/TO settle/VB the/DT "
                        + "strike/NN ./.", "Al Lee")
                .parsed("1>0:det", "7>1:nsubj", "5>2:punct", "4>3:compound", "5>4:nsubj", "7>5:parataxis",
                        "5>6:punct", "-1>7:root", "9>8:mark", "7>9:xcomp", "11>10:det", "9>11:obj", "7>12:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.parts()).extracting(part -> q.text().substring(part.start() - q.span().start(),
                    part.end() - q.span().start())).containsExactly("The aim", "is to settle the strike");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void aQuotationInterruptedByItsAttributionStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP will/MD not/RB stop/VB now/RB ,/, \"/'' Al/NNP Lee/NNP said/VBD/say ,/, "
                        + "\"/`` and/CC we/PRP will/MD win/VB this/DT year/NN ./. \"/''", "Al Lee")
                .parsed("4>0:punct", "4>1:nsubj", "4>2:aux", "4>3:advmod", "10>4:ccomp", "4>5:advmod", "4>6:punct",
                        "4>7:punct", "9>8:compound", "10>9:nsubj", "-1>10:root", "10>11:punct", "10>12:punct",
                        "16>13:cc", "16>14:nsubj", "16>15:aux", "10>16:conj", "18>17:det", "16>18:obj",
                        "10>19:punct", "10>20:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.direct()).isTrue());
    }

    @Test
    void aRelativeWordIsTheSubjectOfTheClauseReportedAfterTheCue() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT repairs/NNS ,/, which/WDT officials/NNS said/VBD/say will/MD start/VB soon/RB ,/, "
                        + "are/VBP/be small/JJ ./.")
                .parsed("1>0:det", "11>1:nsubj", "1>2:punct", "5>3:obj", "5>4:nsubj", "1>5:acl:relcl", "7>6:aux",
                        "5>7:dep", "7>8:advmod", "1>9:punct", "11>10:cop", "-1>11:root", "11>12:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.parts()).extracting(part -> q.text().substring(part.start() - q.span().start(),
                    part.end() - q.span().start())).containsExactly("which", "will start soon");
            assertThat(q.speaker().name()).isEqualTo("officials");
        });
    }

    @Test
    void aRelativeReportMayHaveAuxiliariesAndAdverbsBeforeItsCue() {
        List<Quote> quotes = new Story()
                .paragraph("Her/PRP$ remark/NN ,/, which/WDT Ann/NNP Lee/NNP has/VBZ/have often/RB said/VBN/say "
                        + "was/VBD/be an/DT error/NN ,/, hurt/VBD/hurt her/PRP ./.", "Ann Lee")
                .parsed("1>0:nmod:poss", "13>1:nsubj", "1>2:punct", "8>3:obj", "5>4:compound", "8>5:nsubj",
                        "8>6:aux", "8>7:advmod", "1>8:acl:relcl", "11>9:cop", "11>10:det", "8>11:dep", "1>12:punct",
                        "-1>13:root", "13>14:obj", "13>15:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.parts()).extracting(part -> q.text().substring(part.start() - q.span().start(),
                    part.end() - q.span().start())).containsExactly("which", "was an error");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void aClauseAfterAnAdjunctOfTheCueIsItsComplement() {
        // the parser hangs the "that" clause on "interview" as a relative clause
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP suggested/VBD/suggest in/IN an/DT interview/NN with/IN KRVN/NNP "
                        + "that/IN Bo/NNP Reyes/NNP was/VBD/be trying/VBG/try to/TO keep/VB his/PRP$ job/NN ./.",
                        "Ann Lee", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:case", "5>4:det", "2>5:obl", "7>6:case",
                        "5>7:nmod", "12>8:mark", "10>9:compound", "12>10:nsubj", "12>11:aux", "7>12:acl:relcl",
                        "14>13:mark", "12>14:xcomp", "16>15:nmod:poss", "14>16:obj", "2>17:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Bo Reyes was trying to keep his job");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
        // "on" may name the topic, and the clause be the topic's own
        List<Quote> topic = new Story()
                .paragraph("Ann/NNP Lee/NNP declined/VBD/decline to/TO comment/VB on/IN reports/NNS that/IN a/DT "
                        + "citizen/NN may/MD be/VB among/IN the/DT hostages/NNS ./.", "Ann Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:mark", "2>4:xcomp", "6>5:case", "4>6:obl",
                        "14>7:mark", "9>8:det", "14>9:nsubj", "14>10:aux", "14>11:cop", "14>12:case", "14>13:det",
                        "6>14:acl", "2>15:punct")
                .quotes();
        assertThat(topic).noneMatch(q -> q.text().contains("citizen may be"));
    }

    @Test
    void anAsideBetweenTheCueAndItsThatClauseIsSkipped() {
        // the parser hangs the clause on the cue as parataxis, or on the aside
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP argued/VBD/argue ,/, however/RB ,/, that/IN Bo/NNP Reyes/NNP had/VBD/have "
                        + "lost/VBN/lose the/DT vote/NN ./.", "Ann Lee", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:punct", "2>4:advmod", "10>5:punct",
                        "10>6:mark", "8>7:compound", "10>8:nsubj", "10>9:aux", "2>10:parataxis", "12>11:det",
                        "10>12:obj", "2>13:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Bo Reyes had lost the vote");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
        // dashes, with a comma inside them
        List<Quote> dashes = new Story()
                .paragraph("Ann/NNP Lee/NNP said/VBD/say -/: on/IN a/DT podcast/NN ,/, as/IN it/PRP happens/VBZ/happen "
                        + "-/: that/IN the/DT mill/NN would/MD reopen/VB/reopen in/IN spring/NN ./.", "Ann Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:punct", "6>4:case", "6>5:det", "2>6:obl",
                        "10>7:punct", "10>8:mark", "10>9:nsubj", "6>10:acl", "10>11:punct", "16>12:mark",
                        "14>13:det", "16>14:nsubj", "16>15:aux", "10>16:ccomp", "18>17:case", "16>18:obl",
                        "2>19:punct")
                .quotes();
        assertThat(reported(dashes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the mill would reopen in spring");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void aGerundTheParserHangsLooselyAfterTheCueIsWhatIsReported() {
        // the parser hangs "spending" on "reported" as dep, not as xcomp
        List<Quote> quotes = new Story()
                .paragraph("Nora/NNP Vance/NNP reported/VBD/report spending/VBG/spend $/$ 4/CD million/CD on/IN "
                        + "radio/NN ads/NNS ./.", "Nora Vance")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:dep", "3>4:obj", "6>5:compound",
                        "4>6:nummod", "9>7:case", "9>8:compound", "4>9:nmod", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("spending $ 4 million on radio ads");
            assertThat(q.speaker().name()).isEqualTo("Nora Vance");
        });
    }

    @Test
    void aFirstPersonSubjectSpeaksForTheWriter() {
        // "I" and "we" stand for no one named before; the report is kept with the pronoun as its speaker
        List<Quote> quotes = new Story()
                .paragraph("I/PRP told/VBD/tell the/DT judge/NN that/IN the/DT mill/NN would/MD close/VB/close ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "8>4:mark", "6>5:det", "8>6:nsubj",
                        "8>7:aux", "1>8:ccomp", "1>9:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the mill would close");
            assertThat(q.speaker().name()).isEqualTo("I");
            assertThat(q.speaker().entityId()).isNull();
        });
        // a negated cue asserts nothing ("I didn't say that …"): no report
        List<Quote> negated = new Story()
                .paragraph("I/PRP did/VBD/do n't/RB say/VB/say that/IN the/DT mill/NN would/MD close/VB/close ./.")
                .parsed("3>0:nsubj", "3>1:aux", "3>2:advmod", "-1>3:root", "8>4:mark", "6>5:det", "8>6:nsubj",
                        "8>7:aux", "3>8:ccomp", "3>9:punct")
                .quotes();
        assertThat(reported(negated)).isNull();
        // … or on the verb the cue completes
        List<Quote> going = new Story()
                .paragraph("We/PRP do/VBP not/RB want/VB/want to/TO claim/VB/claim that/IN the/DT mill/NN will/MD "
                        + "close/VB/close ./.")
                .parsed("3>0:nsubj", "3>1:aux", "3>2:advmod", "-1>3:root", "5>4:mark", "3>5:xcomp", "10>6:mark",
                        "8>7:det", "10>8:nsubj", "10>9:aux", "5>10:ccomp", "3>11:punct")
                .quotes();
        assertThat(reported(going)).isNull();
        // a third person with nothing to stand for still speaks for no one, and the report is dropped
        List<Quote> they = new Story()
                .paragraph("They/PRP told/VBD/tell the/DT judge/NN that/IN the/DT mill/NN would/MD close/VB/close ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "8>4:mark", "6>5:det", "8>6:nsubj",
                        "8>7:aux", "1>8:ccomp", "1>9:punct")
                .quotes();
        assertThat(reported(they)).isNull();
    }

    @Test
    void aFirstPersonSubjectSpeaksOnlyWhereTheCueAssertsAClause() {
        // an indirect question asks, it claims nothing: "whether", "if" or a wh-word opens the clause
        for (String opener : List.of("whether/IN", "if/IN", "why/WRB")) {
            List<Quote> asked = new Story()
                    .paragraph("I/PRP asked/VBD/ask the/DT clerk/NN " + opener + " the/DT depot/NN would/MD "
                            + "reopen/VB/reopen ./.")
                    .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "8>4:" + (opener.equals("why/WRB")
                            ? "advmod" : "mark"), "6>5:det", "8>6:nsubj", "8>7:aux", "1>8:ccomp", "1>9:punct")
                    .quotes();
            assertThat(reported(asked)).as(opener).isNull();
        }
        // a question asserts nothing
        List<Quote> question = new Story()
                .paragraph("Could/MD I/PRP tell/VB/tell the/DT clerk/NN that/IN the/DT depot/NN would/MD "
                        + "reopen/VB/reopen ?/.")
                .parsed("2>0:aux", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "9>5:mark", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "2>9:ccomp", "2>10:punct")
                .quotes();
        assertThat(reported(question)).isNull();
        // a cue in a relative clause is the writer's narration ("the week I told the clerk that …")
        List<Quote> relative = new Story()
                .paragraph("It/PRP was/VBD/be the/DT week/NN I/PRP told/VBD/tell the/DT clerk/NN that/IN the/DT "
                        + "depot/NN would/MD reopen/VB/reopen ./.")
                .parsed("3>0:nsubj", "3>1:cop", "3>2:det", "-1>3:root", "5>4:nsubj", "3>5:acl:relcl", "7>6:det",
                        "5>7:obj", "12>8:mark", "10>9:det", "12>10:nsubj", "12>11:aux", "5>12:ccomp", "3>13:punct")
                .quotes();
        assertThat(reported(relative)).isNull();
        // … and so is one in an adverbial clause ("when we told the clerk that …, …")
        List<Quote> adverbial = new Story()
                .paragraph("When/WRB we/PRP told/VBD/tell the/DT clerk/NN that/IN the/DT depot/NN would/MD "
                        + "reopen/VB/reopen ,/, he/PRP laughed/VBD/laugh ./.")
                .parsed("2>0:mark", "2>1:nsubj", "12>2:advcl", "4>3:det", "2>4:obj", "9>5:mark", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "2>9:ccomp", "12>10:punct", "12>11:nsubj", "-1>12:root",
                        "12>13:punct")
                .quotes();
        assertThat(reported(adverbial)).isNull();
        // a clausal complement with no subject of its own states no claim ("I recalled meeting the clerk …")
        List<Quote> subjectless = new Story()
                .paragraph("I/PRP recalled/VBD/recall meeting/VBG/meet the/DT clerk/NN at/IN the/DT old/JJ "
                        + "depot/NN ./.")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:ccomp", "4>3:det", "2>4:obj", "8>5:case", "8>6:det",
                        "8>7:amod", "2>8:obl", "1>9:punct")
                .quotes();
        assertThat(reported(subjectless)).isNull();
        // after a colon that a named writer's cue opens, "I" is that writer, not the page's: no first-person report
        List<Quote> letter = new Story()
                .paragraph("Ines/NNP Tarrow/NNP wrote/VBD/write :/: I/PRP promised/VBD/promise you/PRP that/IN "
                        + "the/DT depot/NN would/MD reopen/VB/reopen ./.", "Ines Tarrow")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:punct", "5>4:nsubj", "2>5:parataxis",
                        "5>6:obj", "11>7:mark", "9>8:det", "11>9:nsubj", "11>10:aux", "5>11:ccomp", "2>12:punct")
                .quotes();
        assertThat(letter).noneMatch(q -> q.speaker() != null && q.speaker().name().equals("I"));
        // the same clause asserted: the report stands, so each case above is held back by its guard alone
        List<Quote> asserted = new Story()
                .paragraph("I/PRP told/VBD/tell the/DT clerk/NN that/IN the/DT depot/NN would/MD reopen/VB/reopen ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "8>4:mark", "6>5:det", "8>6:nsubj",
                        "8>7:aux", "1>8:ccomp", "1>9:punct")
                .quotes();
        assertThat(reported(asserted)).isNotNull().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("I"));
    }

    @Test
    void theObjectOfSayIsWhatWasSaid() {
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP then/RB said/VBD/say something/NN very/RB strange/JJ ./.", "Al Lee")
                .parsed("1>0:compound", "3>1:nsubj", "3>2:advmod", "-1>3:root", "3>4:obj", "6>5:advmod", "4>6:amod",
                        "3>7:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("something very strange");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void theObjectOfAnInvertedAttributionIsItsSpeaker() {
        // "…, say experts like …": the parser took the speakers for the object
        List<Quote> quotes = new Story()
                .paragraph("Part/NN of/IN the/DT problem/NN ,/, say/VBP/say experts/NNS like/IN Al/NNP Lee/NNP ,/, "
                        + "is/VBZ/be the/DT ground/NN ./.", "Al Lee")
                .parsed("5>0:nsubj", "3>1:case", "3>2:det", "0>3:nmod", "5>4:punct", "-1>5:root", "5>6:obj",
                        "9>7:case", "9>8:compound", "6>9:nmod", "5>10:punct", "13>11:cop", "13>12:det",
                        "5>13:parataxis", "5>14:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void aQuotedTitleThatNothingAttributesIsNoQuote() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT film/NN \"/`` Guardians/NNPS of/IN the/DT Galaxy/NNP \"/'' opened/VBD/open "
                        + "on/IN Friday/NNP ./.")
                .paragraph("The/DT sign/NN read/VBD \"/`` We/PRP Are/VBP Going/VBG To/TO Win/VB ./. \"/''")
                .quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("We Are Going To Win.");
    }

    @Test
    void aParticipleCueAfterAClauseSpeaksForItsSubject() {
        // the parser made "saying" a marker of the reported clause
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP attacked/VBD/attack the/DT plan/NN ,/, saying/VBG/say it/PRP would/MD "
                        + "fail/VB ./.", "Al Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct", "9>6:mark",
                        "9>7:nsubj", "9>8:aux", "2>9:advcl", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("it would fail");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void aParticipleCueAfterAPrepositionSpeaksForTheClausesSubject() {
        // "turned to arguing that ...": the parser hangs the gerund on the verb as an oblique and its clause on the
        // verb too, so the gerund has no subject of its own
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP turned/VBD/turn to/IN arguing/VBG/argue that/IN the/DT storm/NN "
                        + "was/VBD/be one/CD more/JJR reason/NN to/TO raise/VB the/DT wall/NN ./.", "Ida Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:case", "2>4:obl", "11>5:mark", "7>6:det",
                        "11>7:nsubj", "11>8:cop", "11>9:nummod", "11>10:amod", "2>11:ccomp", "13>12:mark",
                        "11>13:acl", "15>14:det", "13>15:obj", "2>16:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the storm was one more reason to raise the wall");
            assertThat(q.speaker().name()).isEqualTo("Ida Moss");
        });
    }

    @Test
    void aParticipleOnADocumentSpeaksForWhoeverIssuedIt() {
        // "issued a statement saying ...": the parser hangs the participle on the noun, whose verb has the subject
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP issued/VBD/issue a/DT statement/NN/statement saying/VBG/say the/DT "
                        + "wall/NN would/MD hold/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "4>5:acl", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "5>9:ccomp", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the wall would hold");
            assertThat(q.speaker().name()).isEqualTo("Ida Moss");
        });
    }

    @Test
    void aParticipleOnADocumentWithNoMakerSpeaksForTheDocument() {
        List<Quote> quotes = new Story()
                .paragraph("A/DT report/NN/report warning/VBG/warn that/IN the/DT wall/NN would/MD fail/VB "
                        + "was/VBD/be released/VBN/release ./.")
                .parsed("1>0:det", "9>1:nsubj:pass", "1>2:acl", "7>3:mark", "5>4:det", "7>5:nsubj", "7>6:aux",
                        "2>7:ccomp", "9>8:aux:pass", "-1>9:root", "9>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the wall would fail");
            assertThat(q.speaker().name()).containsIgnoringCase("report");
        });
    }

    @Test
    void aParticipleOnPeopleWhoWereToldSpeaksNotForThem() {
        // "mailed its members saying ...": the members are whom it was told
        List<Quote> quotes = new Story()
                .paragraph("The/DT club/NN mailed/VBD/mail members/NNS/member saying/VBG/say the/DT "
                        + "wall/NN would/MD hold/VB ./.")
                .parsed("1>0:det", "2>1:nsubj", "-1>2:root", "2>3:obj", "3>4:acl", "6>5:det", "8>6:nsubj",
                        "8>7:aux", "4>8:ccomp", "2>9:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("members"));
    }

    @Test
    void aParticipleOnADocumentSomeoneReceivedSpeaksForTheDocument() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT club/NN received/VBD/receive a/DT letter/NN/letter warning/VBG/warn the/DT "
                        + "wall/NN would/MD fail/VB ./.")
                .parsed("1>0:det", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "4>5:acl", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "5>9:ccomp", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull()
                .satisfies(q -> assertThat(q.speaker().name()).containsIgnoringCase("letter"));
    }

    @Test
    void aParticipleOnADocumentThatIsTheMediumSpeaksForTheVerbsSubject() {
        // "said in a letter warning ...": the letter is how she said it
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP wrote/VBD/write in/IN a/DT letter/NN/letter warning/VBG/warn the/DT "
                        + "wall/NN would/MD fail/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:case", "5>4:det", "2>5:obl", "5>6:acl",
                        "8>7:det", "10>8:nsubj", "10>9:aux", "6>10:ccomp", "2>11:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the wall would fail");
            assertThat(q.speaker().name()).isEqualTo("Ida Moss");
        });
    }

    @Test
    void aParticipleOnADocumentSomeoneMockedSpeaksNotForThem() {
        // "mocked a report saying ...": the report's words are not the mocker's
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP mocked/VBD/mock a/DT report/NN/report saying/VBG/say the/DT "
                        + "wall/NN would/MD fail/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "4>5:acl", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "5>9:ccomp", "2>10:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("Moss")
                && q.text().equals("the wall would fail"));
    }

    @Test
    void aParticipleOnANounOfAThingSpeaksForNoOne() {
        // "evidence suggesting ...": a thing, not a document or people; no speaker, so no report
        List<Quote> quotes = new Story()
                .paragraph("The/DT evidence/NN/evidence suggesting/VBG/suggest the/DT wall/NN would/MD fail/VB "
                        + "was/VBD/be thin/JJ ./.")
                .parsed("1>0:det", "8>1:nsubj", "1>2:acl", "4>3:det", "6>4:nsubj", "6>5:aux", "2>6:ccomp",
                        "8>7:cop", "-1>8:root", "8>9:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void theSubjectOfAPassiveSpeaksForTheInfinitiveCueUnderIt() {
        // "is expected to announce that ...": the passive's subject is the cue's
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP is/VBZ/be expected/VBN/expect to/TO announce/VB/announce that/IN "
                        + "the/DT wall/NN will/MD hold/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:mark", "3>5:xcomp",
                        "10>6:mark", "8>7:det", "10>8:nsubj", "10>9:aux", "5>10:ccomp", "3>11:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the wall will hold");
            assertThat(q.speaker().name()).isEqualTo("Ida Moss");
        });
    }

    @Test
    void theSubjectOfAPassiveOfPurposeSpeaksForNoCueUnderIt() {
        // "The gates are designed to deny ...": the gates speak for no one
        List<Quote> quotes = new Story()
                .paragraph("The/DT gates/NNS are/VBP/be designed/VBN/design to/TO deny/VB/deny that/IN the/DT "
                        + "wall/NN will/MD fail/VB ./.")
                .parsed("1>0:det", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:mark", "3>5:xcomp",
                        "10>6:mark", "8>7:det", "10>8:nsubj", "10>9:aux", "5>10:ccomp", "3>11:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("gates"));
    }

    @Test
    void theSubjectOfAPassiveRequestSpeaksForNoCueUnderIt() {
        // "was asked to say whether ...": she was asked for words and may have given none
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP was/VBD/be asked/VBN/ask to/TO say/VB/say whether/IN the/DT wall/NN "
                        + "would/MD hold/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:mark", "3>5:xcomp",
                        "10>6:mark", "8>7:det", "10>8:nsubj", "10>9:aux", "5>10:ccomp", "3>11:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("Moss"));
    }

    @Test
    void theObjectOfQuotedAsSpeaksForTheParticiple() {
        // "the paper quoted Moss as saying ...": Moss spoke, the paper quoted her
        List<Quote> quotes = new Story()
                .paragraph("The/DT paper/NN quoted/VBD/quote Ida/NNP Moss/NNP as/IN saying/VBG/say the/DT wall/NN "
                        + "would/MD hold/VB ./.", "Ida Moss")
                .parsed("1>0:det", "2>1:nsubj", "-1>2:root", "4>3:compound", "2>4:obj", "6>5:mark", "2>6:advcl",
                        "8>7:det", "10>8:nsubj", "10>9:aux", "6>10:ccomp", "2>11:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the wall would hold");
            assertThat(q.speaker().name()).isEqualTo("Ida Moss");
        });
    }

    @Test
    void aParticipleOnCallsWithNoMakerSpeaksForNoOne() {
        // "calls urging ...": appeals whose makers the sentence does not name; "calls" is no speaker
        List<Quote> quotes = new Story()
                .paragraph("There/EX were/VBD/be calls/NNS/call urging/VBG/urge the/DT mayor/NN to/TO resign/VB ./.")
                .parsed("1>0:expl", "-1>1:root", "1>2:nsubj", "2>3:acl", "5>4:det", "3>5:obj", "7>6:mark",
                        "3>7:xcomp", "1>8:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("calls"));
    }

    @Test
    void theSubjectOfQuotedAsSpeaksForTheParticiple() {
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP was/VBD/be quoted/VBN/quote as/IN saying/VBG/say the/DT wall/NN "
                        + "would/MD hold/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:mark", "3>5:advcl",
                        "7>6:det", "9>7:nsubj", "9>8:aux", "5>9:ccomp", "3>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the wall would hold");
            assertThat(q.speaker().name()).isEqualTo("Ida Moss");
        });
    }

    @Test
    void aParticipleCueAfterAPrepositionSpeaksForNoVerbBeforeAComma() {
        // "…, a voice in urging …": the clause before the comma is what was said, its subject no speaker
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Moss/NNP said/VBD/say the/DT plan/NN would/MD work/VB ,/, a/DT voice/NN in/IN "
                        + "urging/VBG/urge the/DT board/NN to/TO act/VB ./.", "Ida Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:aux", "2>6:ccomp",
                        "9>7:punct", "9>8:det", "2>9:dep", "11>10:mark", "9>11:acl", "13>12:det", "11>13:obj",
                        "15>14:mark", "11>15:xcomp", "2>16:punct")
                .quotes();
        assertThat(quotes).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("plan"));
    }

    @Test
    void aQuotationAfterTheReportersOwnWordsIsAMixedQuote() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP said/VBD/say the/DT plan/NN helped/VBD/help \"/`` millions/NNS of/IN "
                        + "families/NNS stay/VB afloat/RB ./. \"/''", "Ann Lee")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("the plan helped \"millions of families stay afloat.\"");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void aQuotationAfterItsCueACommaOrThatStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP said/VBD/say that/IN \"/`` we/PRP will/MD win/VB this/DT time/NN ./. "
                        + "\"/''", "Ann Lee")
                .paragraph("Ann/NNP Lee/NNP said/VBD/say ,/, \"/`` We/PRP will/MD win/VB this/DT time/NN ./. \"/''",
                        "Ann Lee")
                .quotes();
        assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.direct()).isTrue());
    }

    @Test
    void aSecondCueOfTheSameSpeakerAttributesItsOwnQuotation() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP said/VBD/say ,/, \"/`` We/PRP will/MD win/VB this/DT time/NN ./. \"/''",
                        "Ann Lee")
                .sentence("She/PRP added/VBD/add ,/, \"/`` The/DT count/NN was/VBD/be fair/JJ ./. \"/''")
                .paragraph("\"/`` The/DT depot/NN stays/VBZ/stay open/JJ ,/, \"/'' Lee/NNP said/VBD/say ,/, "
                        + "adding/VBG/add ,/, \"/`` Nobody/NN loses/VBZ/lose a/DT job/NN ./. \"/''", "Lee")
                .paragraph("\"/`` The/DT ferry/NN runs/VBZ/run late/RB ,/, \"/'' Lee/NNP said/VBD/say ,/, "
                        + "\"/`` and/CC the/DT bus/NN too/RB ./. \"/''", "Lee")
                .quotes();
        assertThat(quotes).extracting(q -> q.parts().size()).containsExactly(1, 1, 1, 1, 2);
        String far = "\"The depot stays open,\" said Lee, who recalled the long vote. \"Nobody loses a job.\"";
        assertThat(QuoteExtractor.introduces(far, spanOf(far, "recalled"), far.lastIndexOf("\"Nobody")))
                .as("a cue far from the next quotation is not its own").isFalse();
        String near = "\"The depot stays open,\" Lee said. Later she added gravely: \"Nobody loses a job.\"";
        assertThat(QuoteExtractor.introduces(near, spanOf(near, "added"), near.lastIndexOf("\"Nobody"))).isTrue();
        assertThat(quotes).allSatisfy(q -> assertThat(q.direct()).isTrue());
        assertThat(quotes.get(2).speaker().name()).endsWith("Lee");
    }

    @Test
    void aHeadlineNameAndColonAttributeEvenAShortQuotation() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP :/: ‘/`` No/DT Chance/NN ’/'' The/DT Depot/NNP Will/MD Close/VB", "Ann Lee")
                .paragraph("Bo/NNP Reyes/NNP :/: '/`` The/DT depot/NN stays/VBZ ./. '/''", "Bo Reyes")
                .paragraph("The/DT mayor/NN liked/VBD the/DT ‘/`` Big/JJ Plan/NN ’/'' ./.")
                .quotes();
        assertThat(quotes).extracting(Quote::text, q -> q.speaker().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("No Chance", "Ann Lee"),
                org.assertj.core.groups.Tuple.tuple("The depot stays.", "Bo Reyes"));
    }

    @Test
    void aShortCryOrQuestionRightAfterItsVerbIsSaid() {
        List<Quote> quotes = new Story()
                .paragraph("A/DT farmer/NN yelled/VBD/yell \"/`` Not/RB again/RB !/. \"/''")
                .paragraph("Ann/NNP Lee/NNP shouted/VBD/shout \"/`` Why/WRB now/RB ?/. \"/''", "Ann Lee")
                .paragraph("Bo/NNP Reyes/NNP praised/VBD/praise the/DT \"/`` Big/JJ Win/NN !/. \"/''", "Bo Reyes")
                .paragraph("Cy/NNP Dunn/NNP shouted/VBD/shout \"/`` not/RB again/RB \"/''", "Cy Dunn")
                .quotes();
        assertThat(quotes).extracting(Quote::text).containsExactly("Not again!", "Why now?");
        assertThat(quotes).allSatisfy(q -> assertThat(q.direct()).isTrue());
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Ann Lee");
    }

    @Test
    void aCryNeedsASpeechVerbAndAPerson() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT choir/NN recorded/VBD/record a/DT song/NN called/VBN/call \"/`` Rise/VB up/RP !/. "
                        + "\"/'' in/IN 1990/CD ./.")
                .paragraph("A/DT poster/NN said/VBD/say \"/`` Vote/VB now/RB !/. \"/''")
                .quotes();
        assertThat(quotes).as("a title after a verb of naming; a poster's words").isEmpty();
        List<Quote> mayor = new Story()
                .paragraph("The/DT mayor/NN shouted/VBD/shout \"/`` Sit/VB down/RP !/. \"/''")
                .quotes();
        assertThat(mayor).as("a person by role").extracting(Quote::text).containsExactly("Sit down!");
        List<Quote> crowd = new Story()
                .paragraph("The/DT crowd/NN chanted/VBD/chant \"/`` Not/RB again/RB !/. \"/''")
                .quotes();
        assertThat(crowd).as("people gathered").extracting(Quote::text).containsExactly("Not again!");
    }

    @Test
    void aQuotedTitleInTheReportersSentenceIsNoQuote() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP said/VBD/say she/PRP now/RB hosts/VBZ/host \"/`` The/DT Late/NNP "
                        + "Hour/NNP With/IN Ann/NNP Lee/NNP ./. \"/''", "Ann Lee")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void aFragmentBeforeAQuotationOfTheSameCueIsReportedApart() {
        List<Quote> quotes = new Story()
                .paragraph("Lee/NNP backs/VBZ/back the/DT ban/NN because/IN \"/`` children/NNS should/MD be/VB "
                        + "safe/JJ at/IN school/NN ,/, \"/'' Lee/NNP says/VBZ/say ,/, \"/`` That/DT is/VBZ "
                        + "reasonable/JJ for/IN any/DT parent/NN ./. \"/''", "Lee")
                .quotes();
        assertThat(quotes).extracting(Quote::direct, Quote::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(false,
                        "Lee backs the ban because \"children should be safe at school,\""),
                org.assertj.core.groups.Tuple.tuple(true, "That is reasonable for any parent."));
    }

    @Test
    void aQuotationGoesOnAfterItsAttributionWhenTheTokenizerHangsTheOpeningMarkOnIt() {
        List<Quote> quotes = new Story()
                .paragraph("Bill/NNP Clinton/NNP spoke/VBD/speak first/RB ./.", "Bill Clinton")
                .paragraph("''/`` He/PRP swapped/VBD/swap jokes/NNS with/IN everybody/NN ,/, ''/'' said/VBD/say "
                        + "Mr./NNP Hale/NNP ,/, who/WP is/VBZ/be known/VBN/know as/IN a/DT bit/NN of/IN a/DT "
                        + "joker/NN ./. ''/``", "Mr. Hale")
                .sentence("And/CC some/DT people/NNS had/VBD/have sore/JJ sides/NNS ./. ''/''")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Mr. Hale");
        });
    }

    @Test
    void aQuotationLeftOpenGoesOnInTheParagraphThatOpensWithAQuotationMark() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP will/MD win/VB this/DT state/NN ./.")
                .paragraph("\"/`` And/CC we/PRP will/MD win/VB the/DT next/JJ one/NN ,/, \"/'' Lee/NNP "
                        + "said/VBD/say ./.", "Lee")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Lee");
        });
    }

    @Test
    void aQuotationWithoutACueGoesOnWithTheQuotationAttributedBefore() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT audit/NN sheds/VBZ/shed light/NN on/IN lax/JJ accounting/NN ,/, \"/'' "
                        + "said/VBD/say Lamar/NNP Smith/NNP ,/, who/WP chairs/VBZ/chair the/DT budget/NN "
                        + "committee/NN ./.", "Lamar Smith")
                .paragraph("\"/`` The/DT intent/NN to/TO dodge/VB review/NN is/VBZ/be a/DT grave/JJ "
                        + "offense/NN ./. \"/''")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Lamar Smith");
        });
    }

    @Test
    void aQuotationParagraphAfterAParagraphEndingInAReportGoesOnWithItsSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("Lee/NNP said/VBD/say the/DT plan/NN would/MD fail/VB ./.", "Lee")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .paragraph("\"/`` This/DT is/VBZ/be a/DT disaster/NN for/IN everyone/NN ./. \"/''")
                .quotes();
        assertThat(speakerOf(quotes, "a disaster")).isEqualTo("Lee");
    }

    @Test
    void aQuotationParagraphAfterOtherWordsThanTheReportKeepsNoSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("Lee/NNP said/VBD/say the/DT plan/NN would/MD fail/VB ./.", "Lee")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .sentence("The/DT crowd/NN chanted/VBD/chant ./.")
                .paragraph("\"/`` This/DT is/VBZ/be a/DT disaster/NN for/IN everyone/NN ./. \"/''")
                .quotes();
        assertThat(speakerOf(quotes, "a disaster")).isNull();
    }

    @Test
    void aQuotationAfterAReportThatIsNotItsParagraphsOpeningOrHasASpeakerLabelKeepsNoSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("Lee/NNP said/VBD/say the/DT plan/NN would/MD fail/VB ./.", "Lee")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .paragraph("It/PRP is/VBZ/be \"/`` a/DT disaster/NN for/IN everyone/NN and/CC all/DT of/IN us/PRP "
                        + "./. \"/''")
                .quotes();
        // no speaker; since session twenty-seven the fragment after "is" is no quote at all (a mixed quote's piece)
        assertThat(quotes).filteredOn(q -> q.text().contains("a disaster"))
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
        List<Quote> labelled = new Story()
                .paragraph("Lee/NNP said/VBD/say the/DT plan/NN would/MD fail/VB ./.", "Lee")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .paragraph("\"/`` Ann/NNP Borger/NNP :/: This/DT is/VBZ/be a/DT disaster/NN for/IN everyone/NN "
                        + "./. \"/''")
                .quotes();
        assertThat(speakerOf(labelled, "a disaster")).isNull();
    }

    @Test
    void aQuotedHeadingAfterAReportKeepsNoSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("Lee/NNP said/VBD/say the/DT plan/NN would/MD fail/VB ./.", "Lee")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .paragraph("\"/`` Sustaining/VBG/sustain the/DT status/NN quo/NN is/VBZ/be not/RB enough/JJ \"/''")
                .quotes();
        assertThat(speakerOf(quotes, "status quo")).isNull();
    }

    @Test
    void aQuotationLeftOpenAfterAReportKeepsNoSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("Lee/NNP said/VBD/say the/DT plan/NN would/MD fail/VB ./.", "Lee")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .paragraph("\"/`` This/DT is/VBZ/be a/DT disaster/NN for/IN everyone/NN ./.")
                .paragraph("It/PRP will/MD cost/VB us/PRP dearly/RB ,/, \"/'' Ann/NNP Borger/NNP said/VBD/say ./.",
                        "Ann Borger")
                .quotes();
        assertThat(speakerOf(quotes, "a disaster")).isNull();
    }

    @Test
    void aQuotationFollowedByWordsOfItsOwnIsNoContinuation() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT audit/NN sheds/VBZ/shed light/NN on/IN lax/JJ accounting/NN ,/, \"/'' "
                        + "said/VBD/say Lamar/NNP Smith/NNP ./.", "Lamar Smith")
                .paragraph("\"/`` That/DT would/MD be/VB you/PRP ,/, \"/'' Ann/NNP Borger/NNP smiled/VBD/smile ./.",
                        "Ann Borger")
                .quotes();
        assertThat(quotes).hasSize(2);
    }

    @Test
    void aQuestionAskedInThePassiveIsReportedWithItsAskerUnnamed() {
        List<Quote> quotes = new Story()
                .paragraph("Asked/VBN/ask if/IN he/PRP was/VBD/be ever/RB fined/VBN/fine ,/, Lee/NNP "
                        + "smiled/VBD/smile ./.", "Lee")
                .paragraph("Lee/NNP asked/VBD/ask if/IN the/DT room/NN was/VBD/be free/JJ ./.", "Lee")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().equals("if he was ever fined")).singleElement()
                .satisfies(q -> {
                    assertThat(q.direct()).isFalse();
                    assertThat(q.speaker()).isNull();
                });
        // asked in the active voice: the asker is the subject, read from the parse (none here)
        assertThat(quotes).noneMatch(q -> q.text().contains("room"));
    }

    @Test
    void aPassiveQuestionReachesPastATimeOrPlaceAndTakesTheAskerOfItsByPhrase() {
        List<Quote> quotes = new Story()
                .paragraph("Asked/VBN/ask during/IN a/DT March/NNP forum/NN why/WRB he/PRP lagged/VBD/lag "
                        + "so/RB far/RB ,/, Lee/NNP smiled/VBD/smile ./.", "Lee")
                .paragraph("Asked/VBN/ask by/IN Dunmore/NNP to/TO reply/VB to/TO the/DT criticism/NN ,/, "
                        + "Lee/NNP smiled/VBD/smile ./.", "Lee", "Dunmore")
                .paragraph("Asked/VBN/ask by/IN reporters/NNS whether/IN he/PRP would/MD resign/VB ,/, Lee/NNP "
                        + "smiled/VBD/smile ./.", "Lee")
                .paragraph("He/PRP was/VBD/be asked/VBN/ask to/TO leave/VB the/DT building/NN ./.")
                .paragraph("The/DT vote/NN was/VBD/be called/VBN/call by/IN the/DT party/NN to/TO force/VB the/DT "
                        + "government/NN to/TO act/VB ./.")
                .parsed("1>0:det", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "6>4:case", "6>5:det", "3>6:obl",
                        "8>7:mark", "3>8:advcl", "10>9:det", "8>10:obj", "12>11:mark", "8>12:xcomp", "3>13:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().equals("why he lagged so far")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isNull());
        assertThat(quotes).filteredOn(q -> q.text().equals("to reply to the criticism")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Dunmore"));
        // the press at large is no speaker of its question
        assertThat(quotes).filteredOn(q -> q.text().equals("whether he would resign")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isNull());
        // a request with no asker named is left: more an event than words spoken
        assertThat(quotes).noneMatch(q -> q.text().contains("leave the building"));
        // an appeal in the passive is no question: kept only with a speaker its parse gives (none here)
        assertThat(quotes).noneMatch(q -> q.text().contains("force the government"));
    }

    @Test
    void theTitleOfAPieceCitedWithItsAuthorIsNoQuote() {
        List<Quote> quotes = new Story()
                .paragraph("Also/RB worth/JJ reading/NN :/: \"/`` Museum/NN books/NNS could/MD bring/VB a/DT lot/NN "
                        + "of/IN money/NN ,/, \"/'' by/IN Ann/NNP Lee/NNP ./.", "Ann Lee")
                .paragraph("\"/`` Museum/NN books/NNS could/MD bring/VB a/DT lot/NN of/IN money/NN ,/, \"/'' "
                        + "Ann/NNP Lee/NNP said/VBD/say ./.", "Ann Lee")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ann Lee"));
    }

    @Test
    void aQuotedPredicateTheParserHungOnTheObjectIsStillWhatItIsCalled() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP called/VBD/call the/DT plan/NN \"/`` cruel/JJ and/CC silly/JJ ./. \"/''",
                        "Ann Holt")
                // the quoted adjectives read as modifiers of "plan"
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "4>5:punct", "4>6:amod",
                        "8>7:cc", "6>8:conj", "2>9:punct", "2>10:punct")
                .paragraph("Ann/NNP Holt/NNP called/VBD/call Bo/NNP Reyes/NNP \"/`` reckless/JJ ./. \"/''",
                        "Ann Holt", "Bo Reyes")
                // a small clause whose subject hangs loosely (dep) before the quotation mark
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:compound", "6>4:dep", "6>5:punct",
                        "2>6:xcomp", "2>7:punct", "2>8:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
                .containsExactly("the plan \"cruel and silly.\"", "Bo Reyes \"reckless");
    }

    @Test
    void whomOneTellsMayStandRightBeforeWhatIsTold() {
        // the parser took the clause's subject for an object of "told" and hung its verb loosely
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP told/VBD/tell reporters/NNS the/DT vote/NN would/MD be/VB held/VBN "
                        + "soon/RB ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:iobj", "5>4:det", "2>5:obj", "8>6:aux",
                        "8>7:aux:pass", "2>8:dep", "8>9:advmod", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the vote would be held soon");
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    @Test
    void aDatelineTakenForTheSubjectGivesWayToThePersonInApposition() {
        List<Quote> quotes = new Story()
                .paragraph("LYON/NNP/lyon/LOCATION -/HYPH The/DT party/NN leader/NN ,/, Ann/NNP Holt/NNP ,/, "
                        + "said/VBD/say its/PRP$ critics/NNS would/MD lose/VB ./.", "Ann Holt")
                .place("LYON")
                .parsed("9>0:nsubj", "0>1:punct", "4>2:det", "4>3:compound", "0>4:appos", "0>5:punct",
                        "7>6:compound", "0>7:appos", "0>8:punct", "-1>9:root", "11>10:nmod:poss", "13>11:nsubj",
                        "13>12:aux", "9>13:ccomp", "9>14:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("its critics would lose");
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    @Test
    void anIndirectQuestionAfterTheCueIsWhatWasAsked() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP asked/VBD/ask Bo/NNP Reyes/NNP what/WP he/PRP thought/VBD/think of/IN "
                        + "the/DT plan/NN ./.", "Ann Holt", "Bo Reyes")
                // the question read as a loose dependent of "asked", not its complement
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:compound", "2>4:obj", "7>5:obj",
                        "7>6:nsubj", "2>7:dep", "9>8:case", "7>9:obl", "9>10:det", "2>11:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("what he thought of the plan");
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    @Test
    void aConditionAfterSayIsNoQuestion() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say when/WRB she/PRP arrived/VBD/arrive the/DT doors/NNS "
                        + "were/VBD/be shut/VBN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:advmod", "5>4:nsubj", "2>5:advcl",
                        "7>6:det", "9>7:nsubj:pass", "9>8:aux:pass", "5>9:dep", "2>10:punct")
                .quotes();
        assertThat(reported(quotes)).isNull();
    }

    @Test
    void whatIsCitedOrAnnouncedIsTheObject() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP cited/VBD/cite rising/VBG costs/NNS as/IN the/DT reason/NN ./.",
                        "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:amod", "2>4:obj", "7>5:case", "7>6:det",
                        "2>7:obl", "2>8:punct")
                .paragraph("Bo/NNP Reyes/NNP announced/VBD/announce his/PRP$ candidacy/NN ./.", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:nmod:poss", "2>4:obj", "2>5:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
                .containsExactly("rising costs", "his candidacy");
    }

    @Test
    void whatIsDecriedAllegedOrUrgedIsTheObject() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP decried/VBD/decry the/DT new/JJ tariffs/NNS ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:det", "5>4:amod", "2>5:obj", "2>6:punct")
                .paragraph("Bo/NNP Reyes/NNP alleged/VBD/allege a/DT pattern/NN of/IN fraud/NN ./.", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "6>5:case",
                        "4>6:nmod", "2>7:punct")
                .paragraph("Lena/NNP Moss/NNP urged/VBD/urge restraint/NN on/IN both/DT sides/NNS ./.", "Lena Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "6>4:case", "6>5:det", "3>6:nmod",
                        "2>7:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the new tariffs / Ann Holt", "a pattern of fraud / Bo Reyes",
                        "restraint on both sides / Lena Moss");
    }

    @Test
    void anObjectAFiniteVerbFollowsIsTheSubjectOfTheClauseSaid() {
        // the parser took the clause's subject for the object of "denied"; the clause is what was denied
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP denied/VBD/deny the/DT plan/NN was/VBD/be dead/JJ ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:dep", "5>6:xcomp",
                        "2>7:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the plan was dead / Ann Holt");
    }

    @Test
    void aPositionOfTwoWordsIsWhatWasCalledFor() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP called/VBD/call for/IN a/DT recount/NN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:case", "5>4:det", "2>5:obl",
                        "2>6:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("a recount / Ann Holt");
    }

    @Test
    void anAccusationReportsItsChargeOnlyWithAnAccuser() {
        List<Quote> quotes = new Story()
                .paragraph("Lena/NNP Moss/NNP accused/VBD/accuse the/DT mayor/NN of/IN taking/VBG/take "
                        + "bribes/NNS ./.", "Lena Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "6>5:mark", "2>6:advcl",
                        "6>7:obj", "2>8:punct")
                .paragraph("Kai/NNP Dunn/NNP charged/VBD/charge the/DT firm/NN with/IN fraud/NN ./.", "Kai Dunn")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "6>5:case", "2>6:obl",
                        "2>7:punct")
                .paragraph("The/DT mayor/NN was/VBD/be accused/VBN/accuse of/IN fraud/NN ./.")
                .parsed("1>0:det", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "5>4:case", "3>5:obl",
                        "3>6:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("taking bribes / Lena Moss", "fraud / Kai Dunn");
    }

    @Test
    void aOneWordChargeThatANounPhraseFollowsIsAMisparseNotTheCharge() {
        // the parser hung "the funds" on the verb: "skimming" alone is not what was charged
        List<Quote> quotes = new Story()
                .paragraph("Ida/NNP Cole/NNP accused/VBD/accuse them/PRP of/IN skimming/NN the/DT funds/NNS ./.",
                        "Ida Cole")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:case", "2>5:obl", "7>6:det",
                        "2>7:obl", "2>8:punct")
                .quotes();
        assertThat(quotes).extracting(Quote::text).doesNotContain("skimming");
        List<Quote> particle = new Story()
                .paragraph("Ida/NNP Cole/NNP accused/VBD/accuse them/PRP of/IN holding/VBG/hold back/RP funds/NNS ./.",
                        "Ida Cole")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:mark", "2>5:advcl", "2>6:advmod",
                        "2>7:obl", "2>8:punct")
                .quotes();
        assertThat(particle).extracting(Quote::text).doesNotContain("holding");
    }

    @Test
    void whatIsDemandedProposedOrPledgedIsTheObject() {
        List<Quote> quotes = new Story()
                .paragraph("Kai/NNP Dunn/NNP demanded/VBD/demand an/DT apology/NN ./.", "Kai Dunn")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct")
                .paragraph("Bo/NNP Reyes/NNP proposed/VBD/propose a/DT freeze/NN on/IN rents/NNS ./.", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "6>5:case", "4>6:nmod",
                        "2>7:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("an apology / Kai Dunn", "a freeze on rents / Bo Reyes");
    }

    @Test
    void aNounOfSayingWithItsPossessorReportsItsComplement() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP 's/POS claim/NN/claim that/IN the/DT plant/NN would/MD close/VB "
                        + "was/VBD/be false/JJ ./.", "Ann Holt")
                .parsed("1>0:compound", "3>1:nmod:poss", "1>2:case", "10>3:nsubj", "8>4:mark", "6>5:det",
                        "8>6:nsubj", "8>7:aux", "3>8:acl", "10>9:cop", "-1>10:root", "10>11:punct")
                .paragraph("Bo/NNP Reyes/NNP 's/POS vow/NN/vow to/TO cut/VB bus/NN fares/NNS won/VBD/win praise/NN ./.",
                        "Bo Reyes")
                .parsed("1>0:compound", "3>1:nmod:poss", "1>2:case", "9>3:nsubj", "5>4:mark", "3>5:acl",
                        "7>6:compound", "5>7:obj", "-1>8:root", "8>9:obj", "8>10:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the plant would close / Ann Holt", "to cut bus fares / Bo Reyes");
    }

    @Test
    void aCallForSomethingReportsItsPhraseOnlyWithItsSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT union/NN 's/POS call/NN/call for/IN a/DT long/JJ strike/NN grew/VBD/grow "
                        + "louder/JJR ./.")
                .parsed("1>0:det", "3>1:nmod:poss", "1>2:case", "8>3:nsubj", "7>4:case", "7>5:det", "7>6:amod",
                        "3>7:nmod", "-1>8:root", "8>9:xcomp", "8>10:punct")
                .paragraph("Calls/NNS/call for/IN a/DT long/JJ boycott/NN grew/VBD/grow louder/JJR ./.")
                .parsed("5>0:nsubj", "4>1:case", "4>2:det", "4>3:amod", "0>4:nmod", "-1>5:root", "5>6:xcomp",
                        "5>7:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("a long strike / union");
    }

    @Test
    void aNounOfSayingThatAnotherPartyActsOnIsStillItsSpeakersReport() {
        // the council's condemnation and the critic's rebuke are no cues of Dossier's: no outer record carries the
        // words, so the saying they act on is the one record of who said what
        List<Quote> quotes = new Story()
                .paragraph("The/DT council/NN condemned/VBD/condemn Ann/NNP Holt/NNP 's/POS call/NN/call for/IN "
                        + "a/DT ban/NN on/IN street/NN parking/NN ./.", "Ann Holt")
                .parsed("1>0:det", "2>1:nsubj", "-1>2:root", "4>3:compound", "6>4:nmod:poss", "4>5:case",
                        "2>6:obj", "9>7:case", "9>8:det", "6>9:nmod", "12>10:case", "12>11:compound", "9>12:nmod",
                        "2>13:punct")
                .paragraph("Bo/NNP Reyes/NNP criticised/VBD/criticise the/DT mayor/NN over/IN Ann/NNP Holt/NNP "
                        + "'s/POS claim/NN/claim that/IN the/DT plant/NN would/MD close/VB ./.", "Bo Reyes", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "9>5:case",
                        "7>6:compound", "9>7:nmod:poss", "7>8:case", "2>9:obl", "14>10:mark", "12>11:det",
                        "14>12:nsubj", "14>13:aux", "9>14:acl", "2>15:punct")
                .paragraph("Ann/NNP Holt/NNP defended/VBD/defend Holt/NNP 's/POS call/NN/call for/IN a/DT ban/NN "
                        + "on/IN night/NN parking/NN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:nmod:poss", "3>4:case", "2>5:obj",
                        "8>6:case", "8>7:det", "5>8:nmod", "11>9:case", "11>10:compound", "8>11:nmod", "2>12:punct")
                // a cause is no party: the aid groups' calls are theirs, reported
                .paragraph("Rising/VBG prices/NNS have/VBP sharpened/VBN/sharpen calls/NNS/call by/IN aid/NN "
                        + "groups/NNS for/IN a/DT halt/NN to/IN evictions/NNS ./.")
                .parsed("1>0:amod", "3>1:nsubj", "3>2:aux", "-1>3:root", "3>4:obj", "7>5:case", "7>6:compound",
                        "4>7:nmod", "10>8:case", "10>9:det", "4>10:nmod", "12>11:case", "10>12:nmod", "3>13:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("a ban on street parking / Ann Holt", "the plant would close / Ann Holt",
                        "a ban on night parking / Holt", "a halt to evictions / aid groups");
    }

    @Test
    void whoJoinsACallMakesItToo() {
        List<Quote> quotes = new Story()
                .paragraph("Bo/NNP Reyes/NNP joined/VBD/join calls/NNS/call for/IN a/DT ban/NN on/IN overtime/NN ./.",
                        "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "6>4:case", "6>5:det", "3>6:nmod",
                        "8>7:case", "6>8:nmod", "2>9:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("a ban on overtime / Bo Reyes");
    }

    @Test
    void aNounOfSayingWhosePossessorCannotSpeakReportsNothing() {
        // a drug promises nothing: its "promise" is what it may do, not a saying
        List<Quote> quotes = new Story()
                .paragraph("The/DT drug/NN 's/POS promise/NN/promise to/TO cut/VB/cut hospital/NN costs/NNS "
                        + "drew/VBD/draw investors/NNS ./.")
                .parsed("1>0:det", "3>1:nmod:poss", "1>2:case", "8>3:nsubj", "5>4:mark", "3>5:acl", "7>6:compound",
                        "5>7:obj", "-1>8:root", "8>9:obj", "8>10:punct")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void aDemandForAThingIsNoSaying() {
        // the market sense: how much grain the region wants, not what it asked for
        List<Quote> quotes = new Story()
                .paragraph("The/DT region/NN 's/POS demand/NN/demand for/IN imported/JJ winter/NN grain/NN "
                        + "rose/VBD/rise ./.")
                .parsed("1>0:det", "3>1:nmod:poss", "1>2:case", "8>3:nsubj", "7>4:case", "7>5:amod",
                        "7>6:compound", "3>7:nmod", "-1>8:root", "8>9:punct")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void aSayingTakenBackIsNoReportOfWhoTookItBack() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP withdrew/VBD/withdraw the/DT claim/NN/claim that/IN the/DT plant/NN "
                        + "would/MD close/VB ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "9>5:mark", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "4>9:acl", "2>10:punct")
                .paragraph("Bo/NNP Reyes/NNP made/VBD/make the/DT claim/NN/claim that/IN the/DT mill/NN "
                        + "would/MD close/VB ./.", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "9>5:mark", "7>6:det",
                        "9>7:nsubj", "9>8:aux", "4>9:acl", "2>10:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the mill would close / Bo Reyes");
    }

    @Test
    void aSentenceIsParsedForANounOfSayingOnlyBeforeAComplementTheNounTakes() {
        // "demand" takes "that" and "to", not "for": the market's demand for grain is worth no parse of its own
        assertThat(QuoteExtractor.parseSelector().wantsParse(tagged(
                "The/DT region/NN 's/POS demand/NN/demand for/IN imported/JJ grain/NN rose/VBD/rise ./."))).isFalse();
        assertThat(QuoteExtractor.parseSelector().wantsParse(tagged(
                "The/DT union/NN 's/POS call/NN/call for/IN a/DT long/JJ strike/NN grew/VBD/grow ./."))).isTrue();
    }

    /** One sentence of {@code word/TAG[/lemma]} tokens, for the parse selector. */
    private static Sentence tagged(String words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : words.split(" ")) {
            String[] parts = item.split("/");
            tokens.add(new Token(new Span(at, at + parts[0].length()), parts[0],
                    parts.length > 2 ? parts[2] : parts[0].toLowerCase(), parts[1], "O"));
            at += parts[0].length() + 1;
        }
        return new Sentence(0, new Span(0, at - 1), tokens);
    }

    @Test
    void aSpeakerWithABlankNameCannotSpeak() {
        assertThat(SpeakerResolver.canSpeak(new Speaker(" ", null, null))).isFalse();
    }

    @Test
    void aSingularNounThatEndsInSCannotSpeakButAPluralCan() {
        assertThat(List.of("the virus", "the crisis", "the bus")).allSatisfy(name ->
                assertThat(SpeakerResolver.canSpeak(new Speaker(name, null, null))).as(name).isFalse());
        assertThat(List.of("critics", "the authorities", "liberals", "the actress")).allSatisfy(name ->
                assertThat(SpeakerResolver.canSpeak(new Speaker(name, null, null))).as(name).isTrue());
    }

    @Test
    void wordsASpeakerRemembersAfterAPhraseOfTheirsAreTheirReport() {
        // like "recalled": the quoted words are the subject's, in a report of hers, not dropped as a phrase of no one
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP remembered/VBD/remember the/DT pastor/NN practising/VBG/practise "
                        + "and/CC \"/`` wandering/VBG/wander far/RB from/IN the/DT text/NN on/IN Sundays/NNPS ./. "
                        + "\"/''", "Ann Holt")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
            assertThat(q.text()).contains("wandering far from the text");
        });
    }

    @Test
    void aThingThatDeclaresSomethingSaysNothing() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT next/JJ line/NN declares/VBZ/declare a/DT new/JJ class/NN ./.")
                .parsed("2>0:det", "2>1:amod", "3>2:nsubj", "-1>3:root", "6>4:det", "6>5:amod", "3>6:obj",
                        "3>7:punct")
                .paragraph("The/DT ministry/NN declared/VBD/declare a/DT state/NN of/IN emergency/NN ./.")
                .parsed("1>0:det", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "6>5:case", "4>6:nmod",
                        "2>7:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("a state of emergency / ministry");
    }

    @Test
    void aDayBeforeAPromisesInfinitiveCommitsNoOneElse() {
        // the parser took the day for the object of "promised"
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP promised/VBD/promise Monday/NNP/monday/DATE to/TO build/VB a/DT "
                        + "bridge/NN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:mark", "2>5:xcomp", "7>6:det",
                        "5>7:obj", "2>8:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("to build a bridge / Ann Holt");
    }

    @Test
    void goalsATeamConcedesAreNoSpeech() {
        List<Quote> quotes = new Story()
                .paragraph("Harbor/NNP Rovers/NNPS conceded/VBD/concede two/CD late/JJ goals/NNS ./.", "Harbor Rovers")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:nummod", "5>4:amod", "2>5:obj", "2>6:punct")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void aDeterminerTakenForTheSpeakerAfterTheCueGivesWayToItsNoun() {
        // the parser made the article the subject of "said"; the speaker is the noun it opens
        List<Quote> quotes = new Story()
                .paragraph("\"/`` Fees/NNS will/MD fall/VB ,/, \"/'' said/VBD/say a/DT skeptical/JJ old/JJ clerk/NN ./.")
                .parsed("3>0:punct", "3>1:nsubj", "3>2:aux", "6>3:ccomp", "3>4:punct", "3>5:punct", "-1>6:root",
                        "6>7:nsubj", "10>8:amod", "10>9:amod", "6>10:obj", "6>11:punct")
                .quotes();
        assertThat(speakerOf(quotes, "Fees will fall")).endsWith("clerk");
    }

    @Test
    void codeThatDeclaresATypeSaysNothing() {
        // a line of code "declares" a type: a determiner alone names no speaker, and a report needs one
        List<Quote> quotes = new Story()
                .paragraph("This/DT declares/VBZ/declare a/DT list/NN of/IN names/NNS ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:obj", "5>4:case", "3>5:nmod", "1>6:punct")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void aDeterminerAloneSpeaksForNoOne() {
        // "This says …" of a finding: no one speaks, and the clause is no one's report
        List<Quote> quotes = new Story()
                .paragraph("This/DT says/VBZ/say the/DT old/JJ tools/NNS were/VBD/be rare/JJ ./.")
                .parsed("1>0:nsubj", "-1>1:root", "4>2:det", "4>3:amod", "6>4:nsubj", "6>5:cop", "1>6:ccomp",
                        "1>7:punct")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void whomAnAppealOrAPromiseAddressesIsNoContent() {
        // "urged the voters", "promised Tom Lee": the object is the addressee, not what was said
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP urged/VBD/urge the/DT local/JJ voters/NNS/voter ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:det", "5>4:amod", "2>5:obj", "2>6:punct")
                .paragraph("Bo/NNP Reyes/NNP promised/VBD/promise Tom/NNP Lee/NNP again/RB ./.", "Bo Reyes",
                        "Tom Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:compound", "2>4:obj", "2>5:advmod",
                        "2>6:punct")
                // the parser hung the task on the addressee, so the appeal was not read
                .paragraph("Lena/NNP Moss/NNP urged/VBD/urge the/DT mayor/NN to/TO resign/VB ./.", "Lena Moss")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "6>5:mark", "4>6:acl",
                        "2>7:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).isEmpty();
    }

    @Test
    void aParticipleAfterACopularClauseSpeaksForItsSubject() {
        // "arguing" read as the marker of the clause it introduces; the copula's predicate holds the subject
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP has/VBZ/have been/VBN/be on/IN the/DT margins/NNS ,/, arguing/VBG/argue "
                        + "the/DT race/NN was/VBD/be open/JJ ./.", "Ann Holt")
                .parsed("1>0:compound", "6>1:nsubj", "6>2:aux", "6>3:cop", "6>4:case", "6>5:det", "-1>6:root",
                        "6>7:punct", "12>8:mark", "10>9:det", "12>10:nsubj", "12>11:cop", "6>12:advcl", "6>13:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the race was open");
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    @Test
    void whoStandsForThePeopleBeforeIt() {
        List<Quote> quotes = new Story()
                .paragraph("It/PRP helped/VBD/help farmers/NNS who/WP say/VBP/say the/DT law/NN is/VBZ/be "
                        + "unfair/JJ ./.")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "4>3:nsubj", "2>4:acl:relcl", "6>5:det", "8>6:nsubj",
                        "8>7:cop", "4>8:ccomp", "1>9:punct")
                .paragraph("It/PRP helped/VBD/help plans/NNS that/WDT say/VBP/say the/DT law/NN is/VBZ/be unfair/JJ "
                        + "./.")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "4>3:nsubj", "2>4:acl:relcl", "6>5:det", "8>6:nsubj",
                        "8>7:cop", "4>8:ccomp", "1>9:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("farmers"));
    }

    @Test
    void aSpeakerWhoAddsIsTheOneWhoSaidTheClauseBefore() {
        // the parser hung "adding" on the clause said, whose subject is a thing said of, not a speaker
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP said/VBD/say the/DT vote/NN was/VBD/be close/JJ ,/, adding/VBG/add ,/, "
                        + "\"/`` Nobody/NN expected/VBD/expect the/DT turnout/NN ./. \"/''", "Al Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:cop", "2>6:ccomp",
                        "6>7:punct", "6>8:advcl", "8>9:punct", "12>10:punct", "12>11:nsubj", "8>12:ccomp",
                        "14>13:det", "12>14:obj", "12>15:punct", "12>16:punct")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Al Lee"));
    }

    @Test
    void aSpeakerWhoSaidAQuotationAndAddsIsNotTheQuotationsSubject() {
        // the parser hung "said" on the quotation's verb, itself a verb of saying: the one who said adds
        List<Quote> quotes = new Story()
                .paragraph("\"/`` Most/JJS crews/NNS never/RB ask/VBP/ask ,/, \"/'' Lee/NNP said/VBD/say ,/, "
                        + "adding/VBG/add that/IN the/DT fee/NN was/VBD/be high/JJ ./.", "Lee")
                .parsed("4>0:punct", "2>1:amod", "4>2:nsubj", "4>3:advmod", "-1>4:root", "4>5:punct", "4>6:punct",
                        "8>7:nsubj", "4>8:ccomp", "8>9:punct", "8>10:advcl", "15>11:mark", "13>12:det",
                        "15>13:nsubj", "15>14:cop", "10>15:ccomp", "4>16:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("fee was high")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Lee"));
    }

    @Test
    void theyTakeTheSpeakerOfTheReportJustBefore() {
        List<Quote> quotes = new Story()
                .paragraph("Party/NN officials/NNS said/VBD/say the/DT vote/NN would/MD start/VB ./.")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:aux", "2>6:ccomp",
                        "2>7:punct")
                .sentence("They/PRP said/VBD/say the/DT count/NN would/MD wait/VB ./.")
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "5>3:nsubj", "5>4:aux", "1>5:ccomp", "1>6:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("count would wait")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Party officials"));
    }

    @Test
    void aSentenceThatIsOnlyAnAttributionAttributesTheQuestionBefore() {
        // the splitter ends the sentence at the question mark
        List<Quote> quotes = new Story()
                .paragraph("\"/`` Is/VBZ/be it/PRP really/RB over/RB ?/. \"/''")
                .sentence("Ann/NNP Holt/NNP asked/VBD/ask ./.", "Ann Holt")
                .paragraph("\"/`` Is/VBZ/be it/PRP really/RB over/RB ?/. \"/''")
                .sentence("Ann/NNP Holt/NNP left/VBD/leave the/DT room/NN after/IN she/PRP asked/VBD/ask it/PRP ./.",
                        "Ann Holt")
                .quotes();
        assertThat(quotes).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .containsExactly("Ann Holt", null);
    }

    @Test
    void aShortQuotationIsSpeechWhereItsPlaceSaysSo() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` It/PRP was/VBD/be offensive/JJ ,/, \"/'' said/VBD/say Bo/NNP Reyes/NNP ./.",
                        "Bo Reyes")
                .paragraph("Ann/NNP Holt/NNP says/VBZ/say ,/, \"/`` Please/UH sit/VB down/RP ./. \"/''", "Ann Holt")
                .paragraph("Ann/NNP Holt/NNP called/VBD/call him/PRP a/DT \"/`` loser/NN ,/, \"/'' Bo/NNP Reyes/NNP "
                        + "said/VBD/say ./.", "Ann Holt", "Bo Reyes")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::text)
                .containsExactly("It was offensive", "Please sit down.");
    }

    @Test
    void accordingToAfterAnAttributedQuotationNamesTheChannelAndReportsNothing() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` I/PRP ask/VBP you/PRP not/RB to/TO protest/VB on/IN the/DT floor/NN ,/, \"/'' "
                        + "Ann/NNP Holt/NNP said/VBD/say ,/, according/VBG to/TO the/DT network/NN ./.", "Ann Holt")
                .sentence("\"/`` It/PRP is/VBZ/be of/IN utmost/JJ importance/NN ./. \"/''")
                .quotes();
        // one direct quotation of Holt's: the network only passed her words on
        assertThat(reported(quotes)).isNull();
        assertThat(quotes).hasSize(1).allSatisfy(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
            assertThat(q.text()).contains("protest on the floor").contains("utmost importance");
        });
    }

    @Test
    void accordingToAfterAQuotationWhoseSentenceGoesOnReportsTheClauseAfterIt() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT water/NN came/VBD/come at/IN night/NN ,/, \"/'' a/DT farmer/NN "
                        + "told/VBD/tell the/DT network/NN ,/, and/CC more/JJR than/IN 2,000/CD homes/NNS were/VBD/be "
                        + "destroyed/VBN/destroy ,/, according/VBG to/TO the/DT agency/NN ./.")
                .quotes();
        // the agency reports the homes; the farmer's quotation is no channel's
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).contains("homes were destroyed");
        });
    }

    @Test
    void accordingToAfterAQuotedFragmentOfAReportStaysTheSourcesReport() {
        List<Quote> quotes = new Story()
                .paragraph("Most/JJS tenants/NNS said/VBD/say she/PRP \"/`` looks/VBZ/look out/RP for/IN "
                        + "people/NNS like/IN us/PRP ,/, \"/'' according/VBG to/TO the/DT poll/NN ./.")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("poll"));
    }

    @Test
    void accordingToBeforeAWholeQuotationAttributesADirectQuote() {
        List<Quote> quotes = new Story()
                .paragraph("According/VBG/accord to/TO the/DT newspaper/NN ,/, \"/`` Gun/NN laws/NNS let/VBP/let "
                        + "dealers/NNS sell/VB weapons/NNS to/TO any/DT adult/NN ./. \"/''")
                .paragraph("According/VBG/accord to/TO the/DT agency/NN ,/, the/DT dealers/NNS sold/VBD/sell "
                        + "\"/`` weapons/NNS to/TO any/DT adult/NN \"/'' ./.")
                .quotes();
        assertThat(quoteWith(quotes, "Gun laws let dealers")).satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().name()).isEqualTo("newspaper");
            assertThat(q.cue()).isEqualTo("According to");
        });
        // the reporter's words around the quotation: a mixed quote, reported speech
        assertThat(quoteWith(quotes, "dealers sold")).satisfies(q -> assertThat(q.direct()).isFalse());
    }

    @Test
    void aLeadInBeforeAccordingToLeavesTheClauseAfterAsWhatIsReported() {
        List<Quote> quotes = new Story()
                .paragraph("In/IN addition/NN ,/, according/VBG to/TO the/DT agency/NN ,/, nine/CD million/CD "
                        + "workers/NNS are/VBP/be eligible/JJ ./.")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("nine million workers are eligible");
            assertThat(q.speaker().name()).isEqualTo("agency");
        });
    }

    @Test
    void aGerundRightAfterTheCueIsWhatIsStated() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP denied/VBD/deny taking/VBG/take the/DT money/NN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:xcomp", "5>4:det", "3>5:obj", "2>6:punct")
                .paragraph("Bo/NNP Reyes/NNP said/VBD/say after/IN meeting/VBG/meet the/DT board/NN that/IN it/PRP "
                        + "was/VBD/be over/RB ./.", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:mark", "2>4:advcl", "6>5:det", "4>6:obj",
                        "10>7:mark", "10>8:nsubj", "10>9:cop", "2>10:ccomp", "2>11:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
                .containsExactly("taking the money", "it was over");
    }

    @Test
    void whatIsMentionedEndsBeforeARelativeClauseThatReportsOfItsOwn() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP did/VBD/do not/RB mention/VB Bo/NNP Reyes/NNP ,/, who/WP said/VBD/say "
                        + "the/DT vote/NN was/VBD/be over/RB ./.", "Ann Holt", "Bo Reyes")
                .parsed("1>0:compound", "4>1:nsubj", "4>2:aux", "4>3:advmod", "-1>4:root", "6>5:compound",
                        "4>6:obj", "6>7:punct", "9>8:nsubj", "6>9:acl:relcl", "11>10:det", "13>11:nsubj", "13>12:cop",
                        "9>13:ccomp", "4>14:punct")
                .quotes();
        assertThat(quotes).filteredOn(q -> !q.direct())
                .extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("Bo Reyes / Ann Holt", "the vote was over / Bo Reyes");
    }

    @Test
    void aQuotationRightAfterAReportGoesOnWithIt() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP added/VBD/add that/IN the/DT plan/NN would/MD fail/VB ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "7>3:mark", "5>4:det", "7>5:nsubj", "7>6:aux",
                        "2>7:ccomp", "2>8:punct")
                .sentence("\"/`` They/PRP do/VBP/do not/RB want/VB/want to/TO speak/VB/speak of/IN it/PRP ./. \"/''")
                .paragraph("\"/`` Nobody/NN here/RB wants/VBZ/want a/DT vote/NN ./. \"/''")
                .quotes();
        assertThat(quotes).hasSize(2).first().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
            assertThat(q.parts()).hasSize(2);
            assertThat(q.text()).startsWith("the plan would fail").endsWith("speak of it.");
        });
    }

    @Test
    void aQuotationAfterAReportAndAColonGoesOnWithTheReport() {
        // "Holt said the plan would fail: “…”": the quotation after the colon is the report's speaker's words that
        // the reported clause leads into; one attribution, a mixed quote
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say the/DT plan/NN would/MD fail/VB :/: \"/`` They/PRP do/VBP/do "
                        + "not/RB want/VB/want to/TO speak/VB/speak of/IN it/PRP ./. \"/''", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:aux", "2>6:ccomp",
                        "2>7:punct", "12>8:punct", "12>9:nsubj", "12>10:aux", "12>11:advmod", "2>12:parataxis",
                        "14>13:mark", "12>14:xcomp", "16>15:case", "14>16:obl", "12>17:punct", "12>18:punct")
                .quotes();
        assertThat(quotes).hasSize(1).first().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
            assertThat(q.text()).startsWith("the plan would fail").endsWith("speak of it.");
        });
    }

    @Test
    void aCueAcrossAParagraphsEndAttributesNoQuotation() {
        // the tokenizer hangs the second quotation's closing mark on the next paragraph's sentence
        List<Quote> quotes = new Story()
                .paragraph("\"/`` It/PRP is/VBZ/be a/DT disease/NN ,/, \"/'' Dale/NNP Ames/NNP said/VBD/say ./.",
                        "Dale Ames")
                .sentence("\"/`` It/PRP is/VBZ/be not/RB a/DT failing/NN of/IN the/DT will/NN ./.")
                .sentence("\"/'' <br> Neither/CC Cruz/NNP nor/CC Ames/NNP acknowledged/VBD/acknowledge the/DT "
                        + "efforts/NNS ./.", "Cruz", "Ames")
                .quotes();
        assertThat(speakerOf(quotes, "not a failing")).isEqualTo("Dale Ames");
    }

    @Test
    void aSecondCueCoordinatedInsideAReportReportsOnItsOwn() {
        // the parser hangs "warned" on "rise", inside what "said" reports
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say the/DT tax/NN would/MD rise/VB and/CC warned/VBD/warn "
                        + "that/IN the/DT deficit/NN would/MD grow/VB ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:aux", "2>6:ccomp",
                        "8>7:cc", "6>8:conj", "13>9:mark", "11>10:det", "13>11:nsubj", "13>12:aux", "8>13:ccomp",
                        "2>14:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + (q.speaker() == null ? null : q.speaker().name()))
                .containsExactly("the tax would rise / Ann Holt", "the deficit would grow / Ann Holt");
    }

    @Test
    void aSecondReportWithASubjectOfItsOwnJoinedInsideTheFirstReportsOnItsOwn() {
        // the parser hangs the second "said" on "broken", inside what the first "said" reports
        List<Quote> quotes = new Story()
                .paragraph("Most/JJS tenants/NNS said/VBD/say the/DT lift/NN was/VBD/be broken/JJ ,/, and/CC Ed/NNP "
                        + "Kell/NNP said/VBD/say the/DT rent/NN would/MD rise/VB ./.", "Ed Kell")
                .parsed("1>0:amod", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:cop", "2>6:ccomp",
                        "6>7:punct", "11>8:cc", "10>9:compound", "11>10:nsubj", "6>11:conj", "13>12:det",
                        "15>13:nsubj", "15>14:aux", "11>15:ccomp", "2>16:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + (q.speaker() == null ? null : q.speaker().name()))
                .containsExactly("the lift was broken / Most tenants", "the rent would rise / Ed Kell");
    }

    @Test
    void aCueInARelativeClauseJoinedInsideAReportDoesNotCutIt() {
        // "those who said X" name the people by what they said; the parser read "said" as the report's cue
        List<Quote> quotes = new Story()
                .paragraph("Ed/NNP Kell/NNP said/VBD/say owners/NNS backed/VBD/back the/DT levy/NN and/CC those/DT "
                        + "who/WP said/VBD/say rents/NNS opposed/VBD/oppose it/PRP ./.", "Ed Kell")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:nsubj", "2>4:ccomp", "6>5:det", "4>6:obj",
                        "8>7:cc", "4>8:conj", "10>9:nsubj", "8>10:acl:relcl", "12>11:nsubj", "10>12:ccomp",
                        "12>13:obj", "2>14:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + (q.speaker() == null ? null : q.speaker().name()))
                .first().asString().startsWith("owners backed the levy and those who said");
    }

    @Test
    void aClauseJoinedInsideAReportWhoseVerbIsNoCueStaysInIt() {
        // a fear is no report of its own: the joined clause stays in what the tenants said
        List<Quote> quotes = new Story()
                .paragraph("Most/JJS tenants/NNS said/VBD/say the/DT lift/NN was/VBD/be broken/JJ and/CC Ed/NNP "
                        + "Kell/NNP feared/VBD/fear the/DT rent/NN was/VBD/be high/JJ ./.", "Ed Kell")
                .parsed("1>0:amod", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:cop", "2>6:ccomp",
                        "10>7:cc", "9>8:compound", "10>9:nsubj", "6>10:conj", "12>11:det", "14>12:nsubj",
                        "14>13:cop", "10>14:ccomp", "2>15:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + (q.speaker() == null ? null : q.speaker().name()))
                .containsExactly("the lift was broken and Ed Kell feared the rent was high / Most tenants");
    }

    @Test
    void aParticipleCueInsideAReportIsNoSecondReportOfItsSpeaker() {
        // "police, claiming the crowd was armed, opened fire": the claim is the police's, inside what Holt says
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say police/NNS ,/, claiming/VBG/claim the/DT crowd/NN was/VBD/be "
                        + "armed/JJ ,/, opened/VBD/open fire/NN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "11>3:nsubj", "3>4:punct", "3>5:acl", "7>6:det",
                        "9>7:nsubj", "9>8:cop", "5>9:ccomp", "3>10:punct", "2>11:ccomp", "11>12:obj", "2>13:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + (q.speaker() == null ? null : q.speaker().name()))
                .contains("police, claiming the crowd was armed, opened fire / Ann Holt")
                .doesNotContain("police / Ann Holt", "the crowd was armed / Ann Holt");
    }

    @Test
    void anAttributionThatTheSplitterCutAtAnAbbreviationStillJoinsTheQuotationAfterIt() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT party/NN has/VBZ/have a/DT problem/NN ,/, \"/'' said/VBD/say Jim/NNP Ross/NNP "
                        + "(/-LRB- D-Ohio/NNP ./.", "Jim Ross")
                .sentence(")/-RRB- ,/, a/DT member/NN of/IN the/DT leadership/NN ./.")
                .sentence("\"/`` I/PRP would/MD love/VB/love to/TO see/VB/see him/PRP endorse/VB/endorse ./. \"/''")
                .paragraph("\"/`` Nobody/NN asked/VBD/ask us/PRP ,/, \"/'' Ann/NNP Holt/NNP said/VBD/say ./.",
                        "Ann Holt")
                .sentence("It/PRP was/VBD/be late/JJ in/IN the/DT evening/NN by/IN then/RB ./.")
                .sentence("\"/`` We/PRP will/MD wait/VB/wait for/IN them/PRP here/RB ./. \"/''")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("love to see")).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Jim Ross");
        });
        // a sentence with a verb of its own stands between: the reporter's, not the attribution's; the quotation after
        // it goes on with the speaker's (one record, as the gold has it), and the reporter's sentence is no part of it
        assertThat(quotes).filteredOn(q -> q.text().contains("will wait")).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    @Test
    void twoQuotationsOfOneCueAreOneQuoteWhateverNameEachSideReads() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP looked/VBD/look at/IN the/DT data/NNS ,/, \"/'' Ohio/NNP 's/POS "
                        + "governor/NN ,/, Lee/NNP Park/NNP ,/, told/VBD/tell reporters/NNS ./. \"/``", "Lee Park")
                .place("Ohio")
                .sentence("We/PRP found/VBD/find nothing/NN at/IN all/DT ./. \"/''")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.parts()).hasSize(2));
    }

    @Test
    void anAttributionSentenceWithTwoCuesJoinsTheQuotationsAroundIt() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT party/NN has/VBZ/have a/DT problem/NN ,/, \"/'' said/VBD/say Jim/NNP Ross/NNP "
                        + ",/, the/DT party/NN 's/POS chair/NN ,/, reports/VBZ/report Tom/NNP Lee/NNP ./. \"/``",
                        "Jim Ross", "Tom Lee")
                .sentence("We/PRP will/MD fix/VB/fix it/PRP this/DT year/NN ./. \"/''")
                .paragraph("\"/`` Nobody/NN asked/VBD/ask us/PRP at/IN all/DT ,/, \"/'' Ann/NNP Holt/NNP said/VBD/say "
                        + "and/CC Bo/NNP Reyes/NNP replied/VBD/reply :/: \"/`` We/PRP will/MD ask/VB/ask you/PRP "
                        + "tomorrow/NN ./. \"/''", "Ann Holt", "Bo Reyes")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("fix it")).singleElement().satisfies(q -> {
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Jim Ross");
        });
        // the second quotation opens inside the sentence, after its own cue: Reyes's
        assertThat(speakerOf(quotes, "ask you tomorrow")).isEqualTo("Bo Reyes");
    }

    @Test
    void aReportHoldsTwoQuotedFragmentsThatNewsJoinsWithAnd() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say it/PRP was/VBD/be \"/`` fully/RB committed/JJ to/TO the/DT "
                        + "plan/NN \"/'' and/CC \"/`` open/JJ to/TO every/DT view/NN ./. \"/''", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "7>3:nsubj", "7>4:cop", "7>5:punct", "7>6:advmod",
                        "2>7:ccomp", "10>8:case", "10>9:det", "7>10:obl", "7>11:punct", "7>12:cc", "7>13:punct",
                        "7>14:conj", "17>15:case", "17>16:det", "14>17:obl", "2>18:punct", "2>19:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
            assertThat(q.text()).startsWith("it was").contains("open to every view");
        });
        // a second cue between the quoted parts reports the second on its own
        List<Quote> added = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say it/PRP was/VBD/be \"/`` fully/RB committed/JJ to/TO the/DT "
                        + "plan/NN ,/, \"/'' adding/VBG/add ,/, \"/`` We/PRP are/VBP/be open/JJ to/TO every/DT "
                        + "view/NN ./. \"/''", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "7>3:nsubj", "7>4:cop", "7>5:punct", "7>6:advmod",
                        "2>7:ccomp", "10>8:case", "10>9:det", "7>10:obl", "7>11:punct", "7>12:punct", "7>13:advcl",
                        "13>14:punct", "13>15:punct", "18>16:nsubj", "18>17:cop", "13>18:ccomp", "21>19:case",
                        "21>20:det", "18>21:obl", "2>22:punct", "2>23:punct")
                .quotes();
        assertThat(added).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(q.text()).contains("We are open to every view"));
    }

    @Test
    void aVerbOfMannerReportsTheClauseThatOpensAfterIt() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP joked/VBD/joke to/IN reporters/NNS that/IN the/DT vote/NN was/VBD/be "
                        + "rigged/VBN ./.", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:case", "2>4:obl", "9>5:mark", "7>6:det",
                        "9>7:nsubj:pass", "9>8:aux:pass", "2>9:ccomp", "2>10:punct")
                // without "that" a verb of manner reports nothing: its words may be anything's
                .paragraph("Bo/NNP Reyes/NNP boasted/VBD/boast the/DT crowd/NN was/VBD/be huge/JJ ./.", "Bo Reyes")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "6>4:nsubj", "6>5:cop", "2>6:ccomp",
                        "2>7:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name() + " / " + q.direct())
                .containsExactly("the vote was rigged / Ann Holt / false");
    }

    @Test
    void aSpeakerAfterAnInvertedCueSpeaksForTheClauseBefore() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT plan/NN will/MD fail/VB by/IN June/NNP ,/, said/VBD/say several/JJ analysts/NNS "
                        + "./.")
                .parsed("1>0:det", "3>1:nsubj", "3>2:aux", "-1>3:root", "5>4:case", "3>5:obl", "3>6:punct",
                        "3>7:parataxis", "9>8:amod", "7>9:obj", "3>10:punct")
                .paragraph("Tariffs/NNS will/MD not/RB bring/VB jobs/NNS back/RB ,/, says/VBZ/say Ann/NNP Holt/NNP ,/, "
                        + "an/DT economist/NN ./.", "Ann Holt")
                .parsed("3>0:nsubj", "3>1:aux", "3>2:advmod", "-1>3:root", "3>4:obj", "3>5:advmod", "3>6:punct",
                        "3>7:parataxis", "9>8:compound", "7>9:obj", "9>10:punct", "12>11:det", "9>12:appos",
                        "3>13:punct")
                // the parser reads the clause as the cue's complement and the speaker as its object
                .paragraph("But/CC that/DT is/VBZ/be not/RB fast/JJ enough/RB ,/, said/VBD/say Cy/NNP Pratt/NNP ./.",
                        "Cy Pratt")
                .parsed("4>0:cc", "4>1:nsubj", "4>2:cop", "4>3:advmod", "7>4:ccomp", "4>5:advmod", "7>6:punct",
                        "-1>7:root", "9>8:compound", "7>9:obj", "7>10:punct")
                // a quotation before the cue is a direct quote's: "“…,” said Bo Reyes"
                .paragraph("\"/`` The/DT vote/NN was/VBD/be close/JJ ,/, \"/'' said/VBD/say Bo/NNP Reyes/NNP ./.",
                        "Bo Reyes")
                .parsed("2>1:det", "4>2:nsubj", "4>3:cop", "-1>4:root", "4>5:punct", "4>6:punct", "4>7:parataxis",
                        "9>8:compound", "7>9:obj", "4>10:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name() + " / " + q.direct())
                .containsExactly("The plan will fail by June / several analysts / false",
                        "Tariffs will not bring jobs back / Ann Holt / false",
                        "But that is not fast enough / Cy Pratt / false", "The vote was close / Bo Reyes / true");
    }

    @Test
    void anInvertedSpeakerMayHaveAPrepositionalPhrase() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT mill/NN will/MD stay/VB shut/JJ until/IN spring/NN ,/, said/VBD/say the/DT "
                        + "head/NN of/IN the/DT harbour/NN board/NN ./.")
                .parsed("1>0:det", "3>1:nsubj", "3>2:aux", "-1>3:root", "3>4:xcomp", "6>5:case", "3>6:obl",
                        "3>7:punct", "3>8:parataxis", "10>9:det", "8>10:obj", "14>11:case", "14>12:det",
                        "14>13:compound", "10>14:nmod", "3>15:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The mill will stay shut until spring");
            assertThat(q.speaker()).isNotNull();
            assertThat(q.speaker().name()).contains("head");
        });
        // a name after the preposition's noun is the speaker, not the body the role belongs to
        List<Quote> named = new Story()
                .paragraph("The/DT yard/NN will/MD close/VB in/IN May/NNP ,/, said/VBD/say Board/NNP of/IN Works/NNP "
                        + "spokesman/NN Ed/NNP Lang/NNP ./.", "Ed Lang")
                .parsed("1>0:det", "3>1:nsubj", "3>2:aux", "-1>3:root", "5>4:case", "3>5:obl", "3>6:punct",
                        "3>7:parataxis", "13>8:compound", "10>9:case", "8>10:nmod", "13>11:compound",
                        "13>12:compound", "7>13:obj", "3>14:punct")
                .quotes();
        assertThat(reported(named)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The yard will close in May");
            assertThat(q.speaker().name()).isEqualTo("Ed Lang");
        });
        // a common noun before the preposition is the speaker, the name after it whom the speaker speaks for
        List<Quote> forSomeone = new Story()
                .paragraph("The/DT ruling/NN was/VBD/be wrong/JJ ,/, said/VBD/say a/DT lawyer/NN for/IN Jo/NNP "
                        + "Marsh/NNP ./.", "Jo Marsh")
                .parsed("1>0:det", "3>1:nsubj", "3>2:cop", "-1>3:root", "3>4:punct", "3>5:parataxis", "7>6:det",
                        "5>7:obj", "10>8:case", "10>9:compound", "7>10:nmod", "3>11:punct")
                .paragraph("The/DT talks/NNS went/VBD/go well/RB ,/, said/VBD/say a/DT spokeswoman/NN for/IN "
                        + "Mayor/NNP Ana/NNP Ruiz/NNP ./.", "Ana Ruiz")
                .parsed("1>0:det", "2>1:nsubj", "-1>2:root", "2>3:advmod", "2>4:punct", "2>5:parataxis", "7>6:det",
                        "5>7:obj", "11>8:case", "11>9:compound", "11>10:compound", "7>11:nmod", "2>12:punct")
                .quotes();
        assertThat(forSomeone).extracting(q -> q.speaker() == null ? "none" : q.speaker().name())
                .hasSize(2).noneMatch(name -> name.contains("Marsh") || name.contains("Ruiz"))
                .anyMatch(name -> name.contains("lawyer")).anyMatch(name -> name.contains("spokeswoman"));
        // "told" takes whom it tells for its object: after a relative clause, no inverted speaker
        List<Quote> told = new Story()
                .paragraph("Cy/NNP Pratt/NNP ,/, who/WP will/MD chair/VB the/DT firm/NN ,/, told/VBD/tell "
                        + "investors/NNS of/IN the/DT group/NN ,/, on/IN Monday/NNP ./.", "Cy Pratt")
                .parsed("1>0:compound", "9>1:nsubj", "1>2:punct", "5>3:nsubj", "5>4:aux", "1>5:acl:relcl",
                        "7>6:det", "5>7:obj", "1>8:punct", "-1>9:root", "9>10:obj", "13>11:case", "13>12:det",
                        "10>13:nmod", "9>14:punct", "16>15:case", "9>16:obl", "9>17:punct")
                .quotes();
        assertThat(told).noneMatch(q -> q.text().contains("who will chair"));
    }

    @Test
    void aTrailingCueMayHaveAnAddresseeAndAClauseOfTimeAfterIt() {
        // the parser's own arcs: the cue hangs on the clause before as parataxis, with the time clause under it
        List<Quote> quotes = new Story()
                .paragraph("This/DT is/VBZ/be not/RB about/IN the/DT money/NN ,/, Ann/NNP Lee/NNP told/VBD/tell "
                        + "her/PRP$ closest/JJS aides/NNS as/IN she/PRP worked/VBD/work on/IN the/DT speech/NN ./.",
                        "Ann Lee")
                .parsed("5>0:nsubj", "5>1:cop", "5>2:advmod", "5>3:case", "5>4:det", "-1>5:root", "9>6:punct",
                        "8>7:compound", "9>8:nsubj", "5>9:parataxis", "12>10:nmod:poss", "12>11:amod", "9>12:obj",
                        "15>13:mark", "15>14:nsubj", "9>15:advcl", "18>16:case", "18>17:det", "15>18:obl",
                        "5>19:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("This is not about the money");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
        // "as" before the subject reports the last phrase alone, not the clause from the sentence's start
        List<Quote> as = new Story()
                .paragraph("Her/PRP$ wins/NNS show/VBP/show she/PRP is/VBZ/be popular/JJ ,/, not/RB a/DT local/JJ "
                        + "figure/NN ,/, as/IN his/PRP$ aide/NN suggested/VBD/suggest after/IN she/PRP won/VBD/win ./.")
                .parsed("1>0:nmod:poss", "2>1:nsubj", "-1>2:root", "5>3:nsubj", "5>4:cop", "2>5:ccomp",
                        "10>6:punct", "10>7:advmod", "10>8:det", "10>9:amod", "5>10:conj", "15>11:punct",
                        "15>12:mark", "14>13:nmod:poss", "15>14:nsubj", "10>15:advcl", "18>16:mark", "18>17:nsubj",
                        "15>18:advcl", "2>19:punct")
                .quotes();
        assertThat(as).noneMatch(q -> q.text().contains("Her wins show"));
    }

    @Test
    void theNounBeforeAReducedRelativeTheParserMadeAClausalSubjectSpeaks() {
        List<Quote> quotes = new Story()
                .paragraph("Officials/NNS briefed/VBD/brief on/IN the/DT talks/NNS said/VBD/say that/IN the/DT deal/NN "
                        + "was/VBD/be close/JJ ./.")
                .parsed("1>0:nsubj", "5>1:csubj", "4>2:case", "4>3:det", "1>4:obl", "-1>5:root", "10>6:mark",
                        "8>7:det", "10>8:nsubj", "10>9:cop", "5>10:ccomp", "5>11:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the deal was close / Officials");
    }

    @Test
    void aQuotationThatGoesOnInItsParagraphAfterTheReportersWordsIsOneQuote() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT numbers/NNS have/VBP not/RB moved/VBN at/IN all/DT ,/, \"/'' said/VBD/say "
                        + "Ann/NNP Holt/NNP ./.", "Ann Holt")
                .sentence("She/PRP has/VBZ/have chaired/VBN/chair the/DT panel/NN for/IN years/NNS ./.")
                .sentence("\"/`` Nobody/NN breaks/VBZ/break these/DT rules/NNS here/RB ./. \"/''")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
            assertThat(q.parts()).hasSize(2);
        });
    }

    @Test
    void aQuotationAfterAnotherCueOrAnotherNameInItsParagraphIsAQuoteOfItsOwn() {
        List<Quote> afterCue = new Story()
                .paragraph("\"/`` The/DT numbers/NNS have/VBP not/RB moved/VBN at/IN all/DT ,/, \"/'' said/VBD/say "
                        + "Ann/NNP Holt/NNP ./.", "Ann Holt")
                .sentence("Critics/NNS insist/VBP/insist the/DT panel/NN is/VBZ/be slow/JJ ./.")
                .sentence("\"/`` Nobody/NN breaks/VBZ/break these/DT rules/NNS here/RB ./. \"/''")
                .quotes();
        assertThat(afterCue).filteredOn(Quote::direct).hasSize(2);
        List<Quote> afterName = new Story()
                .paragraph("\"/`` The/DT numbers/NNS have/VBP not/RB moved/VBN at/IN all/DT ,/, \"/'' said/VBD/say "
                        + "Ann/NNP Holt/NNP ./.", "Ann Holt")
                .sentence("The/DT board/NN met/VBD/meet on/IN Monday/NNP ./.")
                .sentence("In/IN Tom/NNP Lee/NNP 's/POS words/NNS ,/, \"/`` nobody/NN breaks/VBZ/break these/DT "
                        + "rules/NNS here/RB ./. \"/''", "Tom Lee")
                .quotes();
        assertThat(afterName).filteredOn(Quote::direct).hasSize(2);
    }

    @Test
    void aQuotationWithTheReportersWordsAfterItInsideTheClauseIsAMixedQuote() {
        List<Quote> quotes = new Story()
                .paragraph("Mike/NNP Lee/NNP said/VBD/say Holt/NNP \"/`` has/VBZ dodged/VBN every/DT blow/NN \"/'' "
                        + "this/DT year/NN ./.", "Mike Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:nsubj", "6>4:punct", "6>5:aux",
                        "2>6:ccomp", "8>7:det", "6>8:obj", "6>9:punct", "11>10:det", "6>11:obl:tmod", "2>12:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).contains("this year");
            assertThat(q.speaker().name()).isEqualTo("Mike Lee");
        });
    }

    @Test
    void aQuotationOfSeveralParagraphsWithACueOfItsOwnIsNoContinuationOfTheOneBefore() {
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP are/VBP ready/JJ for/IN the/DT vote/NN ,/, \"/'' said/VBD/say Ann/NNP "
                        + "Lee/NNP ./.", "Ann Lee")
                .paragraph("\"/`` The/DT ferry/NN has/VBZ carried/VBN the/DT town/NN for/IN many/JJ decades/NNS ./.")
                .paragraph("\"/`` Nobody/NN here/RB wants/VBZ to/TO lose/VB it/PRP ,/, \"/'' Tom/NNP Weir/NNP "
                        + "told/VBD/tell the/DT crowd/NN ./.", "Tom Weir")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("ready for the vote")).singleElement()
                .satisfies(q -> assertThat(q.text()).doesNotContain("ferry"));
        assertThat(quotes).filteredOn(q -> q.text().contains("ferry")).singleElement().satisfies(q -> {
            assertThat(q.text()).contains("Nobody here");
            assertThat(q.speaker().name()).isEqualTo("Tom Weir");
        });
    }

    @Test
    void aQuotationAfterThatWithTheReportersWordsAfterItIsAMixedQuote() {
        // "that" stands outside the report's content, which opens with the quotation itself
        List<Quote> quotes = new Story()
                .paragraph("Rosa/NNP Diaz/NNP said/VBD/say that/IN \"/`` we/PRP need/VBP more/JJR time/NN \"/'' "
                        + "to/TO study/VB the/DT road/NN ./.", "Rosa Diaz")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:mark", "6>4:punct", "6>5:nsubj",
                        "2>6:ccomp", "8>7:amod", "6>8:obj", "6>9:punct", "11>10:mark", "6>11:advcl", "13>12:det",
                        "11>13:obj", "2>14:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).startsWith("\"we need more time\"").endsWith("study the road");
            assertThat(q.speaker().name()).isEqualTo("Rosa Diaz");
        });
    }

    @Test
    void aQuotationThatOpensTheReportersClauseIsAMixedQuoteWithItsOpeningMark() {
        // the parser hangs the opening mark on the cue, so the clause starts at the quotation's first word
        List<Quote> quotes = new Story()
                .paragraph("\"/`` More/JJR buses/NNS \"/'' was/VBD the/DT first/JJ demand/NN ,/, Ann/NNP Lee/NNP "
                        + "said/VBD/say ./.", "Ann Lee")
                .parsed("11>0:punct", "2>1:amod", "7>2:nsubj", "2>3:punct", "7>4:cop", "7>5:det", "7>6:amod",
                        "11>7:ccomp", "11>8:punct", "10>9:compound", "11>10:nsubj", "-1>11:root", "11>12:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).startsWith("\"More buses\"").endsWith("first demand");
            assertThat(q.speaker().name()).isEqualTo("Ann Lee");
        });
    }

    @Test
    void aQuotedFragmentAfterAReportInItsSentenceIsPartOfTheReport() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Holt/NNP said/VBD/say the/DT aim/NN was/VBD/be not/RB to/TO \"/`` win/VB every/DT "
                        + "single/JJ race/NN \"/'' but/CC to/TO \"/`` make/VB/make the/DT party/NN whole/JJ again/RB "
                        + "./. \"/''", "Ann Holt")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "5>4:nsubj", "2>5:ccomp", "5>6:advmod",
                        "9>7:mark", "9>8:punct", "5>9:xcomp", "12>10:det", "12>11:amod", "9>12:obj", "9>13:punct",
                        "17>14:cc", "17>15:mark", "17>16:punct", "2>17:advcl", "19>18:det", "17>19:obj",
                        "17>20:xcomp", "17>21:advmod", "2>22:punct", "2>23:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).contains("win every single race").contains("whole again");
            assertThat(q.speaker().name()).isEqualTo("Ann Holt");
        });
    }

    @Test
    void aNounPhraseBetweenACommaAndACueThatEndsTheSentenceSpeaks() {
        // the parser hung "the operator" on "Northline" in apposition and "said" loosely (dep)
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP sailed/VBD/sail 2,000/CD hours/NNS with/IN Northline/NNP ,/, the/DT "
                        + "operator/NN said/VBD/say Monday/NNP/monday/DATE ./.", "Ann Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:nummod", "2>4:obj", "6>5:case", "2>6:obl",
                        "6>7:punct", "9>8:det", "6>9:appos", "6>10:dep", "10>11:obl:tmod", "2>12:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("Ann Lee sailed 2,000 hours with Northline / operator");
    }

    @Test
    void aParticipleCueAfterARelativeClauseThatNamesNoOneSpeaksForTheMainClausesSubject() {
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP denounced/VBD/denounce supporters/NNS that/WDT level/VBP attacks/NNS ,/, "
                        + "saying/VBG/say his/PRP$ campaign/NN does/VBZ/do not/RB want/VB them/PRP ./.", "Al Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "2>3:obj", "5>4:nsubj", "3>5:acl:relcl",
                        "5>6:obj", "5>7:punct", "13>8:mark", "10>9:nmod:poss", "13>10:nsubj", "13>11:aux",
                        "13>12:advmod", "5>13:advcl", "13>14:obj", "2>15:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("his campaign does not want them");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void aParticipleCueAfterACommaInsideAClosingMarkSpeaksForTheClausesSubject() {
        // "blamed it on a “faulty microphone,” claiming …": American style sets the comma inside the closing mark
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP blamed/VBD/blame a/DT \"/`` faulty/JJ microphone/NN ,/, \"/'' "
                        + "claiming/VBG/claim he/PRP had/VBD/have rejected/VBN/reject Reyes/NNP ./.", "Al Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:det", "6>4:punct", "6>5:amod", "2>6:obj",
                        "2>7:punct", "2>8:punct", "12>9:mark", "12>10:nsubj", "12>11:aux", "2>12:advcl",
                        "12>13:obj", "2>14:punct")
                .quotes();
        assertThat(reported(quotes)).isNotNull().satisfies(q -> {
            assertThat(q.text()).isEqualTo("he had rejected Reyes");
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void aParticipleCueAfterAQuotationSpeaksForTheReportersClauseNotOneInsideTheQuotation() {
        List<Quote> quotes = new Story()
                .paragraph("Al/NNP Lee/NNP mocked/VBD/mock Bo/NNP Day/NNP as/IN \"/`` a/DT man/NN who/WP "
                        + "lost/VBD/lose ,/, \"/'' adding/VBG/add that/IN he/PRP would/MD win/VB ./.",
                        "Al Lee", "Bo Day")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:compound", "2>4:obj", "8>5:case", "8>6:punct",
                        "8>7:det", "2>8:obl", "10>9:nsubj", "8>10:acl:relcl", "2>11:punct", "2>12:punct",
                        "17>13:mark", "17>14:mark", "17>15:nsubj", "17>16:aux", "2>17:advcl", "2>18:punct")
                .quotes();
        assertThat(speakerOf(quotes, "he would win")).isEqualTo("Al Lee");
    }

    @Test
    void thatIsAccordingToASourceReportsTheDemonstrativeAlone() {
        List<Quote> quotes = new Story()
                .paragraph("That/DT 's/VBZ/be according/VBG to/TO members/NNS/member on/IN the/DT panel/NN ,/, a/DT "
                        + "group/NN of/IN farm/NN advisers/NNS ./.")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("That / members");
        assertThat(quotes.getFirst().speaker().anonymous()).as("members the article does not name").isTrue();
        assertThat(new Story().paragraph("That/DT 's/VBZ/be according/VBG to/TO plan/NN ./.").quotes())
                .as("a plan says nothing").isEmpty();
        assertThat(new Story().paragraph("The/DT launch/NN went/VBD/go ahead/RB according/VBG to/TO plan/NN ./.")
                .quotes()).isEmpty();
    }

    @Test
    void aQuotationGoingOnInLowerCaseAfterAnAttributionBetweenCommasIsAMixedQuote() {
        List<Quote> quotes = new Story()
                .paragraph("A/DT dry/JJ summer/NN ,/, Al/NNP Lee/NNP said/VBD/say ,/, \"/`` might/MD be/VB "
                        + "a/DT fine/JJ time/NN to/TO plant/VB ./. \"/''", "Al Lee")
                .parsed("2>0:det", "2>1:amod", "10>2:nsubj", "6>3:punct", "5>4:compound", "6>5:nsubj",
                        "10>6:parataxis", "6>7:punct", "10>8:punct", "10>9:aux", "-1>10:root", "13>11:det",
                        "13>12:amod", "10>13:xcomp", "15>14:mark", "13>15:acl", "10>16:punct", "10>17:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).startsWith("A dry summer").endsWith("might be a fine time to plant.\"");
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Al Lee");
        });
    }

    @Test
    void aLowerCaseQuotationAfterAReportersLeadInStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("On/IN Sunday/NNP ,/, Al/NNP Lee/NNP said/VBD/say ,/, \"/`` nothing/NN has/VBZ "
                        + "changed/VBN ./. \"/''", "Al Lee")
                .parsed("1>0:case", "10>1:obl", "5>2:punct", "4>3:compound", "5>4:nsubj", "10>5:parataxis",
                        "5>6:punct", "10>7:punct", "10>8:nsubj", "10>9:aux", "-1>10:root", "10>11:punct",
                        "10>12:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.text()).isEqualTo("nothing has changed.");
        });
    }

    @Test
    void aQuotationOpeningItsOwnSentenceAfterAnAttributionBetweenCommasStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("On/IN trade/NN ,/, Al/NNP Lee/NNP said/VBD/say ,/, \"/`` We/PRP could/MD win/VB "
                        + "this/DT time/NN ./. \"/''", "Al Lee")
                .parsed("1>0:case", "10>1:obl", "5>2:punct", "4>3:compound", "5>4:nsubj", "10>5:parataxis",
                        "5>6:punct", "10>7:punct", "10>8:nsubj", "10>9:aux", "-1>10:root", "12>11:det", "10>12:obj",
                        "10>13:punct", "10>14:punct")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.text()).isEqualTo("We could win this time.");
        });
    }

    @Test
    void aQuotedFragmentOfTheSubjectsClauseWithNoCueIsAMixedQuoteFromAfterItsVerb() {
        List<Quote> quotes = new Story()
                .paragraph("Helen/NNP Lund/NNP thanked/VBD/thank the/DT committee/NN for/IN \"/`` standing/VBG "
                        + "firm/JJ when/WRB others/NNS would/MD not/RB ./. \"/''", "Helen Lund")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("the committee for \"standing firm when others would not.\"");
            assertThat(q.cue()).isEqualTo("thanked");
            assertThat(q.speaker().name()).isEqualTo("Helen Lund");
        });
    }

    @Test
    void aNoBreakSpaceBeforeTheMarkLeavesTheFragmentTheSubjectsMixedQuote() {
        // web copy often sets a no-break space (U+00A0) between the reporter's word and the opening mark
        List<Quote> quotes = new Story()
                .paragraph("Helen/NNP Lund/NNP thanked/VBD/thank the/DT committee/NN for/IN <nbsp> \"/`` standing/VBG "
                        + "firm/JJ when/WRB others/NNS would/MD not/RB ./. \"/''", "Helen Lund")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("the committee for\u00a0\"standing firm when others would not.\"");
            assertThat(q.speaker().name()).isEqualTo("Helen Lund");
        });
    }

    @Test
    void aTitleInsideTheAttributionSentenceDoesNotStopTheQuotationGoingOnAfterIt() {
        // the song's name is the reporter's, not speech; the quotation after the attribution goes on with the first
        List<Quote> quotes = new Story()
                .paragraph("\"/`` We/PRP will/MD open/VB the/DT bridge/NN soon/RB ,/, \"/'' Ann/NNP Ames/NNP "
                        + "told/VBD/tell a/DT crowd/NN after/IN the/DT band/NN played/VBD/play \"/`` Song/NN of/IN "
                        + "the/DT River/NNP Road/NNP ./. \"/''", "Ann Ames")
                .sentence("\"/`` And/CC we/PRP will/MD pay/VB for/IN it/PRP without/IN a/DT new/JJ tax/NN ./. \"/''")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("without a new tax")).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.text()).startsWith("We will open the bridge soon");
            assertThat(q.parts()).hasSize(2);
            assertThat(q.speaker().name()).isEqualTo("Ann Ames");
        });
    }

    @Test
    void aQuotedFragmentAfterACopulaOrAPassiveOrAQuotationAfterThatStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("Helen/NNP Lund/NNP was/VBD/be a/DT voice/NN of/IN \"/`` calm/JJ in/IN a/DT "
                        + "storm/NN of/IN anger/NN ./. \"/''", "Helen Lund")
                .paragraph("Ann/NNP Lee/NNP was/VBD/be later/RB named/VBN/name the/DT envoy/NN ,/, or/CC \"/`` "
                        + "the/DT woman/NN with/IN the/DT plan/NN ,/, \"/'' by/IN her/PRP$ staff/NN ./.", "Ann Lee")
                .paragraph("However/RB ,/, Al/NNP Lee/NNP added/VBD/add ,/, that/IN \"/`` we/PRP could/MD win/VB "
                        + "this/DT time/NN ./. \"/''", "Al Lee")
                .parsed("4>0:advmod", "4>1:punct", "3>2:compound", "4>3:nsubj", "-1>4:root", "4>5:punct",
                        "10>6:mark", "10>7:punct", "10>8:nsubj", "10>9:aux", "4>10:ccomp", "12>11:det", "10>12:obj",
                        "4>13:punct", "4>14:punct")
                .quotes();
        // none is a report of its subject; since session twenty-two the phrases after "of" and "or" are no direct
        // quote of it either (no verb of the subject's says them); the quotation after "added, that" stays direct
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.text()).isEqualTo("we could win this time.");
        });
    }

    @Test
    void aQuotedFragmentAfterAVerbOfNoSayingIsNoReportOfTheSubject() {
        List<Quote> quotes = new Story()
                .paragraph("Josh/NNP Hawley/NNP submitted/VBD/submit a/DT bill/NN \"/`` to/TO establish/VB a/DT "
                        + "national/JJ goal/NN ./. \"/''", "Josh Hawley")
                .quotes();
        assertThat(quotes).noneSatisfy(q -> assertThat(q.direct()).isFalse());
    }

    @Test
    void anAdverbBetweenTheSubjectAndItsVerbLeavesTheFragmentTheSubjectsMixedQuote() {
        List<Quote> quotes = new Story()
                .paragraph("Helen/NNP Lund/NNP also/RB thanked/VBD/thank the/DT committee/NN for/IN \"/`` "
                        + "standing/VBG firm/JJ when/WRB others/NNS would/MD not/RB ./. \"/''", "Helen Lund")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.cue()).isEqualTo("thanked");
            assertThat(q.speaker().name()).isEqualTo("Helen Lund");
        });
    }

    @Test
    void aFragmentUnderAVerbOfSayingWhoseSubjectIsNoOneDossierCanNameIsNotKept() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT campaign/NN denounced/VBD/denounce the/DT call/NN for/IN \"/`` a/DT full/JJ "
                        + "and/CC lasting/JJ ban/NN ./. \"/''")
                .paragraph("The/DT campaign/NN submitted/VBD/submit a/DT bill/NN \"/`` to/TO establish/VB a/DT "
                        + "national/JJ goal/NN ./. \"/''")
                .quotes();
        // the second, under a verb of no saying, is a phrase of no one too (session fifteen)
        assertThat(quotes).isEmpty();
    }

    @Test
    void aQuotedPhraseOfTheReportersSentenceThatNothingAttributesIsNotKept() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT flyer/NN attacks/VBZ/attack a/DT \"/`` greedy/JJ water/NN board/NN "
                        + "that/WDT keeps/VBZ/keep a/DT leaky/JJ network/NN ./. \"/''")
                .paragraph("The/DT fans/NNS loudly/RB repeated/VBD/repeat the/DT rowdy/JJ refrain/NN \"/`` "
                        + "Pave/VB it/PRP over/RP !/. Pave/VB it/PRP over/RP !/. \"/''")
                .paragraph("\"/`` We/PRP will/MD build/VB more/JJR homes/NNS this/DT year/NN than/IN last/JJ ./. "
                        + "\"/''")
                .quotes();
        // a quotation that opens its sentence is kept with no speaker; the phrases inside the reporter's words go
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.text()).startsWith("We will build"));
    }

    @Test
    void aJudgementOfANamedThingInQuotationMarksIsStillACharacterization() {
        // "film" frames names ("the film “…”"), but here the critic calls the film something: her words of it
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Rubio/NNP called/VBD/call the/DT film/NN \"/`` a/DT dull/JJ muddle/NN ./. "
                        + "\"/''", "Ann Rubio")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "4>3:det", "2>4:obj", "2>5:punct", "8>6:det",
                        "8>7:amod", "2>8:xcomp", "2>9:punct", "2>10:punct")
                .paragraph("Bo/NNP Reyes/NNP called/VBD/call the/DT film/NN \"/`` The/DT Long/NNP Road/NNP \"/'' "
                        + "a/DT muddle/NN ./.", "Bo Reyes")
                .quotes();
        // the critic's judgement stays hers; a title after the noun is a name, whatever verb stands before
        assertThat(quotes).extracting(Quote::text).anyMatch(t -> t.contains("a dull muddle"))
                .noneMatch(t -> t.contains("Long Road"));
    }

    @Test
    void aQuotationAfterANamingParticipleNamesItsNoun() {
        List<Quote> quotes = new Story()
                .paragraph("We/PRP timed/VBD/time this/DT using/VBG/use a/DT test/NN called/VBN/call \"/`` "
                        + "Reading/VBG/read the/DT Faces/NNPS \"/'' ,/, in/IN which/WDT people/NNS guess/VBP/guess "
                        + "moods/NNS ./.")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "1>3:advcl", "5>4:det", "3>5:obj", "5>6:acl",
                        "8>7:punct", "6>8:ccomp", "10>9:det", "8>10:obj", "8>11:punct", "16>12:punct", "14>13:case",
                        "16>14:obl", "16>15:nsubj", "5>16:acl:relcl", "16>17:obj", "1>18:punct")
                .paragraph("Al/NNP Lee/NNP used/VBD/use a/DT test/NN called/VBN/call \"/`` Reading/VBG/read the/DT "
                        + "Faces/NNPS ./. \"/''", "Al Lee")
                .paragraph("We/PRP timed/VBD/time this/DT using/VBG/use a/DT test/NN called/VBD/call \"/`` "
                        + "Reading/VBG/read the/DT Faces/NNPS \"/'' ,/, in/IN which/WDT people/NNS guess/VBP/guess "
                        + "moods/NNS ./.")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "1>3:advcl", "5>4:det", "3>5:obj", "5>6:acl",
                        "8>7:punct", "6>8:ccomp", "10>9:det", "8>10:obj", "8>11:punct", "16>12:punct", "14>13:case",
                        "16>14:obl", "16>15:nsubj", "5>16:acl:relcl", "16>17:obj", "1>18:punct")
                .paragraph("The/DT firm/NN bought/VBD/buy from/IN a/DT seller/NN named/VBN/name \"/`` Cell/NNP "
                        + "King/NNP ,/, \"/'' a/DT shop/NN in/IN Dover/NNP ./.")
                .paragraph("Ed/NNP Kell/NNP backed/VBD/back a/DT plan/NN called/VBN/call \"/`` cruel/JJ \"/'' by/IN "
                        + "its/PRP$ critics/NNS ./.", "Ed Kell")
                .quotes();
        // a test's and a shop's names are no one's words; a plan judged by an agent after the mark is not named
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("Reading the Faces"))
                .noneMatch(t -> t.contains("Cell King"));
    }

    @Test
    void aQuotationAfterTheMediumOneSpeaksOnIsStillSpeech() {
        // "podcast" frames names ("the podcast “…”"), but after "on" it is where she spoke, and her words follow
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP said/VBD/say on/IN her/PRP$ podcast/NN \"/`` I/PRP was/VBD/be wrong/JJ "
                        + "and/CC I/PRP am/VBP/be sorry/JJ ./. \"/''", "Ann Lee")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "5>3:case", "5>4:nmod:poss", "2>5:obl",
                        "9>6:punct", "9>7:nsubj", "9>8:cop", "2>9:ccomp", "13>10:cc", "13>11:nsubj", "13>12:cop",
                        "9>13:conj", "2>14:punct", "9>15:punct")
                .paragraph("Bo/NNP Reyes/NNP starred/VBD/star in/IN the/DT film/NN \"/`` Long/NNP Road/NNP \"/'' "
                        + "./.", "Bo Reyes")
                .quotes();
        // her words stay hers; a title after "in the film" is still a name
        assertThat(quotes).filteredOn(q -> q.text().contains("I was wrong and I am sorry")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ann Lee"));
        assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("Long Road"));
    }

    @Test
    void aQuotationThatANounOfANamedThingFramesIsNoOnesSpeech() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Lee/NNP ,/, who/WP wrote/VBD/write the/DT memoir/NN ,/, \"/`` A/DT Life/NN "
                        + "on/IN the/DT Road/NN ,/, \"/'' spoke/VBD/speak in/IN Dover/NNP ./.", "Ann Lee")
                .paragraph("The/DT party/NN dropped/VBD/drop the/DT slogan/NN \"/`` Close/VB the/DT mill/NN "
                        + "!/. \"/'' after/IN the/DT vote/NN ./.")
                .paragraph("Bo/NNP Reyes/NNP used/VBD/use the/DT phrase/NN \"/`` fair/JJ share/NN \"/'' "
                        + "twice/RB ./.", "Bo Reyes")
                .paragraph("Cy/NNP Dunn/NNP ,/, in/IN her/PRP$ book/NN ,/, \"/`` We/PRP lost/VBD/lose the/DT "
                        + "vote/NN ./. \"/''", "Cy Dunn")
                .paragraph("Al/NNP Roe/NNP runs/VBZ/run a/DT site/NN with/IN headlines/NNS such/JJ as/IN \"/`` "
                        + "Rents/NNS rise/VBP/rise again/RB ./. \"/''", "Al Roe")
                .quotes();
        // a title set off after its noun, a slogan and a term are names; words after a comma that read as a sentence
        // are someone's
        assertThat(quotes).extracting(Quote::text).containsExactly("We lost the vote.");
    }

    @Test
    void theExcerptAfterACitedPiecesBylineIsNoOnesSpeech() {
        List<Quote> quotes = new Story()
                .paragraph("ARCHIVES/NNS --/: \"/`` Old/JJ archives/NNS could/MD bring/VB/bring in/RP money/NN ,/, "
                        + "\"/'' by/IN Harbour/NNP Gazette/NNP 's/POS Lena/NNP Smith/NNP :/: \"/`` The/DT "
                        + "county/NN 's/POS records/NNS office/NN will/MD open/VB/open its/PRP$ vaults/NNS to/TO "
                        + "buyers/NNS next/JJ year/NN ./. \"/''", "Lena Smith")
                .paragraph("Lena/NNP Smith/NNP wrote/VBD/write :/: \"/`` The/DT county/NN 's/POS records/NNS "
                        + "office/NN will/MD open/VB/open its/PRP$ vaults/NNS ./. \"/''", "Lena Smith")
                .quotes();
        // the digest's excerpt of the cited piece goes; words after a cue and a colon stay the writer's
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("wrote");
            assertThat(q.speaker().name()).isEqualTo("Lena Smith");
        });
    }

    @Test
    void aChargeOfAPriceIsNoAccusation() {
        List<Quote> quotes = new Story()
                .paragraph("Ames/NNP charged/VBD/charge the/DT club/NN a/DT fee/NN when/WRB the/DT trade/NN "
                        + "closed/VBD/close ./.", "Ames")
                // the parser may hang the sum on a clause it makes the cue's complement
                .parsed("1>0:nsubj", "-1>1:root", "3>2:det", "1>3:iobj", "5>4:det", "9>5:obl", "9>6:advmod",
                        "8>7:det", "9>8:nsubj", "1>9:ccomp", "1>10:punct")
                .paragraph("Ames/NNP charged/VBD/charge that/IN the/DT fee/NN was/VBD/be unfair/JJ ./.", "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "6>2:mark", "4>3:det", "6>4:nsubj", "6>5:cop", "1>6:ccomp",
                        "1>7:punct")
                .quotes();
        // a fee asked of the club is a price; a clause charged is an accusation
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("charged");
            assertThat(q.text()).isEqualTo("the fee was unfair");
        });
    }

    @Test
    void aFeelingExpressedIsAStanceUnlessItHoldsAClause() {
        List<Quote> records = new Story()
                .paragraph("Ames/NNP expressed/VBD/express frustration/NN with/IN the/DT referees/NNS ./.", "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "5>3:case", "5>4:det", "2>5:nmod", "1>6:punct")
                .paragraph("Ames/NNP voiced/VBD/voice support/NN for/IN the/DT new/JJ levy/NN ./.", "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "6>3:case", "6>4:det", "6>5:amod", "2>6:nmod",
                        "1>7:punct")
                .paragraph("Ames/NNP expressed/VBD/express concern/NN that/IN the/DT plant/NN would/MD close/VB ./.",
                        "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "7>3:mark", "5>4:det", "7>5:nsubj", "7>6:aux",
                        "2>7:acl", "1>8:punct")
                .quotes();
        // a feeling or a stance shown is no proposition, but it is kept (marked) for the event coder; a concern that
        // holds a clause says one
        assertThat(records).extracting(Quote::text, Quote::stance).containsExactly(
                tuple("frustration with the referees", true), tuple("support for the new levy", true),
                tuple("concern that the plant would close", false));
    }

    @Test
    void aRelativeClauseInAFeelingExpressedIsNoClauseSaid() {
        List<Quote> records = new Story()
                .paragraph("Ames/NNP voiced/VBD/voice support/NN for/IN the/DT bill/NN that/WDT passed/VBD/pass ./.",
                        "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "5>3:case", "5>4:det", "2>5:nmod", "7>6:nsubj",
                        "5>7:acl:relcl", "1>8:punct")
                .paragraph("Ames/NNP expressed/VBD/express regret/NN for/IN what/WP he/PRP had/VBD/have "
                        + "said/VBN/say ./.", "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "7>3:mark", "7>4:obj", "7>5:nsubj", "7>6:aux",
                        "2>7:acl", "1>8:punct")
                .paragraph("Ames/NNP expressed/VBD/express hope/NN that/IN the/DT levy/NN would/MD fall/VB ./.",
                        "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "7>3:mark", "5>4:det", "7>5:nsubj", "7>6:aux",
                        "2>7:acl", "1>8:punct")
                .quotes();
        // the bill and what he had said are what the feeling is about; a hope that holds a clause says one
        assertThat(records).filteredOn(q -> !q.stance()).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("expressed");
            assertThat(q.text()).contains("the levy would fall");
        });
        assertThat(records).filteredOn(Quote::stance).extracting(Quote::text)
                .containsExactly("support for the bill that passed", "regret for what he had said");
    }

    @Test
    void aPriceNounThatAVerbFollowsIsTheSubjectOfTheChargedClause() {
        List<Quote> quotes = new Story()
                .paragraph("Ames/NNP charged/VBD/charge the/DT crime/NN rate/NN had/VBD/have doubled/VBN/double "
                        + "./.", "Ames")
                .parsed("1>0:nsubj", "-1>1:root", "4>2:det", "4>3:compound", "6>4:nsubj", "6>5:aux", "1>6:ccomp",
                        "1>7:punct")
                // a price after a preposition, before the main verb: the parser may make a clause of it
                .paragraph("The/DT sum/NN Ames/NNP charged/VBD/charge the/DT club/NN for/IN rent/NN was/VBD/be "
                        + "small/JJ ./.", "Ames")
                .parsed("1>0:det", "3>1:obj", "3>2:nsubj", "-1>3:root", "5>4:det", "9>5:nsubj", "7>6:case",
                        "5>7:nmod", "9>8:cop", "3>9:ccomp", "3>10:punct")
                .quotes();
        // "rate" heads the subject of what Ames charged, not a price asked of anyone; "for rent" is a price
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.cue()).isEqualTo("charged");
            assertThat(q.text()).isEqualTo("the crime rate had doubled");
        });
    }

    @Test
    void aQuotedTitleAfterAPossessiveIsAName() {
        List<Quote> quotes = new Story()
                .paragraph("Marlow/NNP appeared/VBD/appear on/IN WKRT/NNP 's/POS \"/`` The/DT Morning/NNP "
                        + "Ledger/NNP Hour/NNP \"/'' on/IN Monday/NNP ./.", "Marlow")
                .paragraph("Marlow/NNP said/VBD/say :/: \"/`` We/PRP Will/MD Fix/VB This/DT \"/''", "Marlow")
                .quotes();
        // a quotation after a cue and a colon stays, capitals and all
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.text()).startsWith("We Will Fix"));
    }

    @Test
    void aQuotedPhraseRightAfterAVerbOrAfterAHeadingInCapitalsStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT club/NN issued/VBD/issue a/DT note/NN sending/VBG/send \"/`` our/PRP$ "
                        + "warmest/JJS and/CC fullest/JJS thanks/NNS ./. \"/''")
                .paragraph("HOW/WRB THE/DT PORT/NNP LOST/VBD/lose ITS/PRP$ FLEET/NNP \"/`` The/DT town/NN 's/POS "
                        + "slow/JJ season/NN is/VBZ/be costing/VBG/cost jobs/NNS ./. \"/''")
                .quotes();
        assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.direct()).isTrue());
    }

    @Test
    void aSubjectSetOffByAnAppositionIsTheFragmentsSpeaker() {
        List<Quote> quotes = new Story()
                .paragraph("Ada/NNP Morrow/NNP ,/, the/DT former/JJ head/NN of/IN the/DT group/NN ,/, "
                        + "thanked/VBD/thank Lund/NNP for/IN \"/`` reaching/VBG out/RP the/DT way/NN Varga/NNP "
                        + "did/VBD ./. \"/''", "Ada Morrow", "Lund", "Varga")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.cue()).isEqualTo("thanked");
            assertThat(q.speaker().name()).isEqualTo("Ada Morrow");
        });
    }

    @Test
    void aFragmentUnderAVerbOfSayingAfterAnotherVerbWithNoSpeakerIsNotKept() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT board/NN ,/, meeting/VBG/meet on/IN Monday/NNP ,/, criticized/VBD/criticize "
                        + "the/DT plan/NN for/IN \"/`` being/VBG far/RB too/RB costly/JJ for/IN us/PRP ./. \"/''")
                .paragraph("The/DT board/NN ,/, meeting/VBG/meet on/IN Monday/NNP ,/, said/VBD/say in/IN a/DT "
                        + "letter/NN it/PRP had/VBD/have \"/`` a/DT stated/JJ bias/NN against/IN the/DT city/NN ./. "
                        + "\"/''")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.text()).contains("a stated bias"));
    }

    @Test
    void noSubjectPastAnAdverbWhereSomeoneElseIsNamedBeforeTheFragmentNorANameInsideAPhraseOfTheSubject() {
        List<Quote> quotes = new Story()
                .paragraph("Nikki/NNP Haley/NNP spoke/VBD/speak first/RB ./.", "Nikki Haley")
                .paragraph("She/PRP also/RB fended/VBD/fend "
                        + "off/RP an/DT attack/NN from/IN Vivek/NNP Ramaswamy/NNP comparing/VBG/compare her/PRP "
                        + "to/TO Dick/NNP Cheney/NNP \"/`` in/IN a/DT pair/NN of/IN three-inch/JJ heels/NNS ./. "
                        + "\"/''", "Vivek Ramaswamy", "Dick Cheney")
                .paragraph("A/DT spokesperson/NN for/IN Ann/NNP Lee/NNP ,/, a/DT Democrat/NNP ,/, "
                        + "thanked/VBD/thank the/DT committee/NN for/IN \"/`` standing/VBG firm/JJ when/WRB "
                        + "others/NNS would/MD not/RB ./. \"/''", "Ann Lee")
                .quotes();
        assertThat(quotes).noneSatisfy(q -> assertThat(q.speaker()).isNotNull());
    }

    @Test
    void aQuotedPhraseWithNoCueAndTheReportersWordsOnBothSidesIsNoQuotation() {
        List<Quote> quotes = new Story()
                .paragraph("Rita/NNP Lund/NNP wanted/VBD/want to/TO \"/`` go/VB the/DT extra/JJ mile/NN \"/'' "
                        + "to/TO win/VB back/RP the/DT farm/NN vote/NN ./.", "Rita Lund")
                .paragraph("The/DT plan/NN would/MD put/VB the/DT town/NN at/IN the/DT \"/`` end/NN of/IN the/DT "
                        + "queue/NN \"/'' for/IN years/NNS to/TO come/VB ./.")
                .paragraph("Rita/NNP Lund/NNP wanted/VBD/want to/TO \"/`` go/VB the/DT extra/JJ mile/NN ./. \"/''",
                        "Rita Lund")
                .paragraph("The/DT banner/NN read/VBD/read \"/`` open/JJ every/DT day/NN but/CC Sunday/NNP \"/'' "
                        + "all/DT summer/NN ./.")
                .quotes();
        // a mixed quote or a term inside the reporter's clause is no one's quotation, also the object of a verb that
        // names no one ("read … all summer"); since session twenty-two also the phrase that ends the sentence, after
        // the infinitive's "to": no verb of Lund's says the quoted words
        assertThat(quotes).isEmpty();
    }

    @Test
    void aQuotedPhraseWithAYearOrACountAfterItAlsoRunsOnInTheReportersWords() {
        List<Quote> quotes = new Story()
                .paragraph("Rita/NNP Lund/NNP wanted/VBD/want to/TO \"/`` go/VB the/DT extra/JJ mile/NN \"/'' "
                        + "12/CD times/NNS this/DT year/NN ./.", "Rita Lund")
                .paragraph("The/DT plan/NN would/MD put/VB the/DT town/NN at/IN the/DT \"/`` end/NN of/IN the/DT "
                        + "queue/NN \"/'' in/IN 2030/CD and/CC after/IN ./.")
                .quotes();
        // "12 times this year", "in 2030 and": the reporter's sentence goes on past the mark as with letter-words
        assertThat(quotes).isEmpty();
    }

    @Test
    void aQuotationThatOpensWithTheVerbOfTheReportersSubjectIsPartOfTheReport() {
        // the quoted words begin with "would": their subject, the bridge, is the reporter's, so they are a fragment
        // of what Brandt argued, a mixed quote, not a quotation of their own
        List<Quote> quotes = new Story()
                .paragraph("Tom/NNP Brandt/NNP argued/VBD/argue the/DT bridge/NN ,/, which/WDT farmers/NNS like/VBP "
                        + ",/, \"/`` would/MD not/RB last/VB ten/CD winters/NNS \"/'' without/IN more/JJR steel/NN ./.",
                        "Tom Brandt")
                .quotes();
        assertThat(quotes).noneMatch(Quote::direct);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("the bridge").contains("would not last ten winters");
            assertThat(q.speaker().name()).isEqualTo("Tom Brandt");
        });
    }

    @Test
    void aQuotedFragmentInAThatClauseOfAnEarlierCueIsPartOfItsReport() {
        // the parse gave "contended" no clause: the fragment's clause after "that" is still the firm's report
        List<Quote> quotes = new Story()
                .paragraph("The/DT Acme/NNP firm/NN contended/VBD/contend in/IN its/PRP$ letter/NN ,/, signed/VBN/sign "
                        + "by/IN an/DT officer/NN ,/, that/IN the/DT grant/NN funds/NNS had/VBD/have \"/`` a/DT "
                        + "stated/JJ bias/NN against/IN small/JJ farms/NNS ./. \"/''")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).startsWith("the grant funds had \"a stated bias");
            assertThat(q.speaker().name()).contains("firm");
            assertThat(q.cue()).isEqualTo("contended");
        });
    }

    @Test
    void aQuotationThatOpensWithAVerbRightAfterItsCueStaysDirect() {
        // the subject stands before the cue ("The plan, Ames wrote, …"): the quotation after the cue is hers, whole
        List<Quote> quotes = new Story()
                .paragraph("The/DT plan/NN ,/, Ann/NNP Ames/NNP wrote/VBD/write ,/, \"/`` has/VBZ/have shown/VBN/show "
                        + "its/PRP$ worth/NN in/IN every/DT town/NN ./. \"/''", "Ann Ames")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("has shown its worth"));
    }

    @Test
    void aQuotationAfterItsCueThatTheReportersClauseGoesOnPastIsPartOfTheReport() {
        // "the road is long" has no stop inside its marks and the sentence goes on: Ames says it for the town
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Ames/NNP says/VBZ/say \"/`` the/DT road/NN is/VBZ/be long/JJ \"/'' for/IN "
                        + "the/DT small/JJ town/NN ./.", "Ann Ames")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("\"the road is long\" for the small town");
            assertThat(q.speaker().name()).isEqualTo("Ann Ames");
        });
    }

    @Test
    void aWholeQuotedClauseAfterItsCueThenAVerbOfTheSubjectsStaysDirect() {
        // no stop inside the marks, but "and walks on" is a clause of Ames's own, not a reported clause going on past
        // the mark: the quotation is her words whole (the test above has a stop inside the marks and so never reaches
        // where the reporter's clause ends)
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Ames/NNP says/VBZ/say \"/`` the/DT road/NN is/VBZ/be long/JJ \"/'' and/CC "
                        + "walks/VBZ/walk on/RP ./.", "Ann Ames")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("the road is long"));
    }

    @Test
    void aQuotationAfterItsCueThatClosesOnItsOwnStopStaysDirect() {
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Ames/NNP says/VBZ/say \"/`` the/DT road/NN is/VBZ/be long/JJ ,/, \"/'' and/CC "
                        + "the/DT town/NN agrees/VBZ/agree ./.", "Ann Ames")
                .quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("the road is long"));
    }

    @Test
    void theReportersClauseAfterTheMarkEndsWhereAClauseOfItsOwnIsJoined() {
        // "and smiled" is a clause of Ames's own, not part of what she said; the report ends with "the town"
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Ames/NNP said/VBD/say \"/`` the/DT vote/NN went/VBD/go well/RB \"/'' for/IN "
                        + "the/DT town/NN and/CC smiled/VBD/smile ./.", "Ann Ames")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("went well")).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("\"the vote went well\" for the town");
        });
    }

    @Test
    void aQuotedPhraseAfterAPrepositionIsNoQuotationOfTheSentencesSubject() {
        // no verb of Ames's says the quoted words: a term or someone's phrase in the reporter's clause
        List<Quote> quotes = new Story()
                .paragraph("Ann/NNP Ames/NNP visited/VBD/visit the/DT old/JJ farm/NN with/IN \"/`` a/DT lot/NN of/IN "
                        + "hope/NN for/IN the/DT whole/JJ valley/NN ./. \"/''", "Ann Ames")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void aClauseThatOpensAfterRepeatedIsReported() {
        List<Quote> quotes = new Story()
                .paragraph("Rui/NNP Matos/NNP repeated/VBD/repeat that/IN the/DT board/NN opposed/VBD/oppose the/DT "
                        + "sale/NN ./.", "Rui Matos")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "6>3:mark", "5>4:det", "6>5:nsubj", "2>6:ccomp",
                        "8>7:det", "6>8:obj", "2>9:punct")
                .paragraph("History/NN repeated/VBD/repeat itself/PRP when/WRB the/DT ship/NN ran/VBD/run "
                        + "aground/RB ./.")
                .parsed("1>0:nsubj", "-1>1:root", "1>2:obj", "6>3:advmod", "5>4:det", "6>5:nsubj", "1>6:advcl",
                        "6>7:advmod", "1>8:punct")
                .quotes();
        // "repeat" reports only the clause "that" opens: a thing that repeats itself says nothing
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the board opposed the sale / Rui Matos");
    }

    @Test
    void aCueJoinedToAPassiveSharesItsSubject() {
        List<Quote> quotes = new Story()
                .paragraph("Ivo/NNP Osei/NNP was/VBD pressed/VBN/press for/IN an/DT answer/NN and/CC said/VBD/say "
                        + "that/IN the/DT ferry/NN had/VBD been/VBN delayed/VBN/delay ./.", "Ivo Osei")
                .parsed("1>0:compound", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "6>4:case", "6>5:det",
                        "3>6:obl", "8>7:cc", "3>8:conj", "14>9:mark", "11>10:det", "14>11:nsubj:pass",
                        "14>12:aux", "14>13:aux:pass", "8>14:ccomp", "3>15:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the ferry had been delayed / Ivo Osei");
    }

    @Test
    void oneWhoWasToldToDoSomethingAfterAPassiveSaidNothing() {
        // the tagger read the second passive's participle as a past tense
        List<Quote> quotes = new Story()
                .paragraph("Ivo/NNP Osei/NNP was/VBD examined/VBN/examine by/IN a/DT nurse/NN and/CC told/VBD/tell "
                        + "to/TO rest/VB for/IN a/DT week/NN ./.", "Ivo Osei")
                .parsed("1>0:compound", "3>1:nsubj:pass", "3>2:aux:pass", "-1>3:root", "6>4:case", "6>5:det",
                        "3>6:obl", "8>7:cc", "3>8:conj", "10>9:mark", "8>10:xcomp", "13>11:case", "13>12:det",
                        "10>13:obl", "3>14:punct")
                .quotes();
        assertThat(quotes).isEmpty();
    }

    @Test
    void anAppositionsNameSpeaksAcrossAnAdverbBeforeTheCue() {
        // the parser hung the cue loosely on the relative clause's verb and left it no subject
        List<Quote> quotes = new Story()
                .paragraph("Lena/NNP Vale/NNP ,/, who/WP chairs/VBZ/chair the/DT board/NN ,/, also/RB noted/VBD/note "
                        + "that/IN the/DT fee/NN will/MD rise/VB ./.", "Lena Vale")
                .parsed("1>0:compound", "-1>1:root", "1>2:punct", "4>3:nsubj", "1>4:acl:relcl", "6>5:det",
                        "4>6:obj", "4>7:punct", "9>8:advmod", "4>9:dep", "14>10:mark", "12>11:det", "14>12:nsubj",
                        "14>13:aux", "9>14:ccomp", "1>15:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the fee will rise / Lena Vale");
    }

    @Test
    void aReportedClauseMayOpenWithItsCondition() {
        List<Quote> quotes = new Story()
                .paragraph("Ada/NNP Lind/NNP said/VBD/say if/IN chosen/VBN/choose she/PRP would/MD cut/VB the/DT "
                        + "levy/NN ./.", "Ada Lind")
                .parsed("1>0:compound", "2>1:nsubj", "-1>2:root", "7>3:mark", "7>4:dep", "7>5:nsubj", "7>6:aux",
                        "2>7:advcl", "9>8:det", "7>9:obj", "2>10:punct")
                .paragraph("Ada/NNP Lind/NNP will/MD say/VB/say more/JJR if/IN pressed/VBN/press ./.", "Ada Lind")
                .parsed("1>0:compound", "3>1:nsubj", "3>2:aux", "-1>3:root", "3>4:obj", "6>5:mark", "3>6:advcl",
                        "3>7:punct")
                .quotes();
        // a condition without a subject of its own ("if pressed") is when the speaker would say more, not what
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("if chosen she would cut the levy / Ada Lind");
    }

    @Test
    void howLongSomeoneHasSaidSomethingStandsBetweenTheCueAndItsClause() {
        // the parser made the clause a loose neighbour of the cue (parataxis), not its complement
        List<Quote> quotes = new Story()
                .paragraph("Ada/NNP Lind/NNP has/VBZ said/VBN/say for/IN months/NNS/month/DURATION the/DT depot/NN "
                        + "is/VBZ/be too/RB small/JJ ./.", "Ada Lind")
                .parsed("1>0:compound", "3>1:nsubj", "3>2:aux", "-1>3:root", "5>4:case", "3>5:obl", "7>6:det",
                        "10>7:nsubj", "10>8:cop", "10>9:advmod", "3>10:parataxis", "3>11:punct")
                .quotes();
        assertThat(quotes).extracting(q -> q.text() + " / " + q.speaker().name())
                .containsExactly("the depot is too small / Ada Lind");
    }

    @Test
    void aFrontedParticipleCueSpeaksForTheMainClausesSubject() {
        // the parser hung the participle on the main verb as an oblique, which shares no subject
        List<Quote> quotes = new Story()
                .paragraph("Before/IN insisting/VBG/insist that/IN the/DT vote/NN was/VBD/be rigged/VBN/rig ,/, the/DT "
                        + "union/NN asked/VBD/ask for/IN a/DT recount/NN ./.")
                .parsed("1>0:case", "10>1:obl", "6>2:mark", "4>3:det", "6>4:nsubj:pass", "6>5:aux:pass",
                        "1>6:ccomp", "10>7:punct", "9>8:det", "10>9:nsubj", "-1>10:root", "13>11:case", "13>12:det",
                        "10>13:obl", "10>14:punct")
                .quotes();
        assertThat(speakerOf(quotes, "the vote was rigged")).endsWith("union");
    }

    @Test
    void aLowerCaseQuotationAfterALongAttributionGoesOnWithTheQuotationBefore() {
        // the attribution between the parts is longer than an interruption's few words, but the second part opens in
        // lower case after its comma: one quotation of Osei's, in two parts
        List<Quote> quotes = new Story()
                .paragraph("\"/`` What/WP the/DT growers/NNS want/VBP/want from/IN the/DT county/NN ,/, \"/'' "
                        + "Mira/NNP Osei/NNP told/VBD/tell the/DT Harbor/NNP Gazette/NNP after/IN the/DT long/JJ "
                        + "meeting/NN on/IN Friday/NNP ,/, \"/`` is/VBZ/be a/DT fair/JJ hearing/NN for/IN the/DT "
                        + "boats/NNS ./. \"/''", "Mira Osei")
                .quotes();
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.parts()).hasSize(2);
            assertThat(q.text()).startsWith("What the growers want").endsWith("fair hearing for the boats.");
            assertThat(q.speaker().name()).isEqualTo("Mira Osei");
        });
    }

    @Test
    void aLowerCaseQuotationAfterASecondCueStaysApart() {
        // "adding" is a cue of its own: another attribution, as session sixteen's split keeps it
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT budget/NN is/VBZ/be tight/JJ this/DT year/NN ,/, \"/'' Omar/NNP "
                        + "Velde/NNP said/VBD/say ,/, adding/VBG/add ,/, \"/`` and/CC the/DT reserves/NNS are/VBP/be "
                        + "nearly/RB gone/VBN ./. \"/''", "Omar Velde")
                .quotes();
        assertThat(quotes).filteredOn(q -> q.text().contains("reserves")).singleElement()
                .satisfies(q -> assertThat(q.text()).doesNotContain("budget"));
    }

    @Test
    void aParticipleAfterAnInvertedAttributionSpeaksForItsSpeaker() {
        // the parser hung the participle on the quotation's predicate as an oblique; the nearest subject before it
        // is the quotation's ("plan")
        List<Quote> quotes = new Story()
                .paragraph("\"/`` The/DT plan/NN was/VBD/be a/DT mistake/NN ,/, \"/'' said/VBD/say Mara/NNP "
                        + "Quill/NNP ,/, suggesting/VBG/suggest that/IN the/DT votes/NNS would/MD be/VB/be "
                        + "calmer/JJR ./.", "Mara Quill")
                .parsed("5>0:punct", "2>1:det", "5>2:nsubj", "5>3:cop", "5>4:det", "8>5:ccomp", "5>6:punct",
                        "5>7:punct", "-1>8:root", "10>9:compound", "8>10:nsubj", "8>11:punct", "5>12:obl",
                        "18>13:mark", "15>14:det", "18>15:nsubj", "18>16:aux", "18>17:cop", "12>18:ccomp",
                        "8>19:punct")
                .quotes();
        assertThat(speakerOf(quotes, "the votes would be calmer")).isEqualTo("Mara Quill");
    }

    @Test
    void aVerbAfterACommaWithNoQuotationAndNoSubjectAfterItIsNoInvertedAttribution() {
        // "…, told reporters, adding …": a second verb of the senator's, its object a listener; the one who adds is
        // the senator, not "reporters". The parser made "told" the root and the clause before it its complement, as
        // it does for an inverted attribution; only a closing quotation mark or a subject after the verb tells them
        // apart
        List<Quote> quotes = new Story()
                .paragraph("The/DT senator/NN left/VBD/leave the/DT chamber/NN early/RB ,/, told/VBD/tell "
                        + "reporters/NNS ,/, adding/VBG/add that/IN the/DT bill/NN would/MD pass/VB/pass ./.")
                .parsed("1>0:det", "2>1:nsubj", "7>2:ccomp", "4>3:det", "2>4:obj", "2>5:advmod", "7>6:punct",
                        "-1>7:root", "7>8:obj", "10>9:punct", "7>10:advcl", "15>11:mark", "13>12:det", "15>13:nsubj",
                        "15>14:aux", "10>15:ccomp", "7>16:punct")
                .quotes();
        assertThat(speakerOf(quotes, "the bill would pass")).isEqualTo("senator");
    }

    @Test
    void aLowerCaseQuotationRightAfterTheReportersWordIsNoDirectQuote() {
        List<Quote> quotes = new Story()
                .paragraph("The/DT harbour/NN board/NN was/VBD/be \"/`` far/RB too/RB slow/JJ to/TO act/VB on/IN "
                        + "the/DT silt/NN ./. \"/''")
                .paragraph("Ames/NNP said/VBD/say ,/, \"/`` we/PRP will/MD not/RB wait/VB for/IN the/DT board/NN "
                        + "./. \"/''", "Ames")
                .quotes();
        // the middle of the reporter's sentence is a mixed quote, no whole quotation; one after its cue stays direct
        assertThat(quotes).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("we will not wait"));
    }

    @Test
    void aQuotedPieceOfALabelledHeadlineIsNoWholeQuotation() {
        List<Quote> quotes = new Story()
                .paragraph("Ames/NNP :/: Harbour/NNP plan/NN is/VBZ/be \"/`` Far/RB too/RB slow/JJ for/IN the/DT "
                        + "town/NN \"/''", "Ames")
                .paragraph("Lund/NNP :/: \"/`` We/PRP will/MD not/RB wait/VB for/IN the/DT board/NN ./. \"/''",
                        "Lund")
                .paragraph("Name/NN :/: Rosa/NNP Vey/NNP Job/NN :/: pilot/NN Why/WRB she/PRP protests/VBZ :/: "
                        + "\"/`` We/PRP are/VBP paid/VBN too/RB little/JJ for/IN the/DT night/NN shifts/NNS ./. \"/''",
                        "Rosa Vey")
                .quotes();
        // the headline's own words beside the quoted piece make it part of what the line reports; a quotation that
        // fills the line after its label is one, and so is one that a colon of its own opens after a form's fields
        assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::text)
                .containsExactly("We will not wait for the board.", "We are paid too little for the night shifts.");
    }
}

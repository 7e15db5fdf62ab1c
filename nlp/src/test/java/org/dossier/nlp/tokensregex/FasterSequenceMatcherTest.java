package org.dossier.nlp.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import org.dossier.nlp.NlpModels;
import org.junit.jupiter.api.Test;

/**
 * Dossier's copy of CoreNLP's TokensRegex {@code SequenceMatcher} allocates its branch index and comparison buffers
 * lazily; these check that it is the copy loaded, and that matches that need branches compared (alternatives,
 * optional and repeated parts, groups) come out as TokensRegex defines them.
 */
class FasterSequenceMatcherTest {

    @Test
    void dossiersCopyIsLoadedBeforeCoreNlps() {
        assertThat(NlpModels.fasterTokensRegexLoaded()).isTrue();
    }

    @Test
    void isACopyOfTheCoreNlpVersionInUse() {
        assertThat(StanfordCoreNLP.class.getPackage().getImplementationVersion())
                .as("SequenceMatcher.java in dossier-nlp is CoreNLP 4.5.10's class with two changes; after a CoreNLP"
                        + " upgrade, copy the new version's class and make the same two changes")
                .isEqualTo("4.5.10");
    }

    @Test
    void findsEveryNonOverlappingMatchWithItsGroups() {
        TokenSequencePattern pattern = TokenSequencePattern.compile(
                "(/[0-9]+/) (/,/ /[0-9]+/)? /killed|wounded/");
        TokenSequenceMatcher matcher = pattern.getMatcher(tokens("at least 12 killed and 3 , 4 wounded today"));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group() + " @" + matcher.start() + " [" + matcher.group(1) + "]");
        }
        assertThat(found).containsExactly("12 killed @2 [12]", "3 , 4 wounded @5 [3]");
    }

    @Test
    void prefersTheLongestAlternativeAndGreedyRepeats() {
        TokenSequenceMatcher alternatives = TokenSequencePattern.compile("/the/ (/United/ /Nations/ | /United/)")
                .getMatcher(tokens("envoys of the United Nations met"));
        assertThat(alternatives.find()).isTrue();
        assertThat(alternatives.group()).isEqualTo("the United Nations");

        TokenSequenceMatcher repeats = TokenSequencePattern.compile("(/very/*) (/big/)")
                .getMatcher(tokens("a very very big blast"));
        assertThat(repeats.find()).isTrue();
        assertThat(repeats.group(1)).isEqualTo("very very");
        assertThat(repeats.start(2)).isEqualTo(3);
    }

    @Test
    void reportsNoMatchWhereThereIsNone() {
        TokenSequenceMatcher matcher = TokenSequencePattern.compile("/[0-9]+/ /killed/")
                .getMatcher(tokens("no one was hurt in the blast"));
        assertThat(matcher.find()).isFalse();
    }

    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : text.split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setValue(word);
            token.setOriginalText(word);
            token.setBeginPosition(offset);
            token.setEndPosition(offset + word.length());
            tokens.add(token);
            offset += word.length() + 1;
        }
        return tokens;
    }
}

package org.dossier.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeechCueListTest {

    private static final SpeechCueList WORD_NET = SpeechCueList.wordNet();

    @Test
    void verbsOfCommunicationByWordNetAreSpeechCues() {
        // none of these is in the hand-made list of session twenty-six
        for (String cue : List.of("accused", "demanded", "proposed", "pledged", "criticized", "praised",
                "agreed", "denounces", "questioned", "assured")) {
            assertThat(WORD_NET.marksSpeech(cue)).as(cue).isTrue();
            assertThat(SpeechCueList.handMade().marksSpeech(cue)).as(cue).isFalse();
        }
    }

    @Test
    void verbsOfCognitionEmotionAndPerceptionAreNot() {
        // beliefs, wishes, expectations and findings ("the poll shows") are attributions but not speech
        for (String cue : List.of("believes", "thinks", "wants", "hoped", "expects", "knew", "plans", "shows",
                "revealed", "seemed", "found", "feels")) {
            assertThat(WORD_NET.marksSpeech(cue)).as(cue).isFalse();
        }
    }

    @Test
    void aFormThatIsMostlyANounOfNoSayingOrAStateOfMindIsNot() {
        // "will" is a verb of communication first (to bequeath) but a cue "will" is a future or an intention
        for (String cue : List.of("will", "is willing to", "is determined to", "is convinced", "issues", "points")) {
            assertThat(WORD_NET.marksSpeech(cue)).as(cue).isFalse();
        }
        assertThat(WORD_NET.marksSpeech("raised questions")).isTrue();
    }

    @Test
    void aTwoWordVerbMatchesTwoConsecutiveWords() {
        SpeechCueList cues = new SpeechCueList("test", Set.of("pointed_out"));
        assertThat(cues.marksSpeech("pointed out")).isTrue();
        assertThat(cues.marksSpeech("Pointed   out,")).isTrue();
        assertThat(cues.marksSpeech("out")).isFalse();
        assertThat(cues.marksSpeech("pointed at the map and out")).isFalse();
    }

    @Test
    void theHandMadeWordsStay() {
        for (String cue : List.of("according to", "in a statement", "said in an interview", "added", "wrote",
                "tweeted", "told reporters")) {
            assertThat(WORD_NET.marksSpeech(cue)).as(cue).isTrue();
        }
    }
}

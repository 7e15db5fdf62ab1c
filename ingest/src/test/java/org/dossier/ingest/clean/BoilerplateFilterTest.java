package org.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    /** A text copy of a page, written for this test, with the boilerplate such copies carry. */
    private static final String PAGE = """
            Floods force thousands from their homes in the delta
            By  –
            Rescue boats on the river near the town, May 3 (photo credit: AP)
            Rescue boats on the river near the town, May 3
            DHAKA - More than 20,000 people have left their homes after the river burst its banks, officials said on Friday.
            Share Tweet Email
            The water rose by two metres overnight, and the army has been deployed to help with the evacuation.
            READ MORE: Why the delta floods every year
            Government says relief camps are full as rain continues into a second week
            "We have never seen anything like this," said Rahim Uddin, a farmer who lost his house.
            Section heading
            Aid agencies said they were sending food and water to the worst-hit districts.
            Published: 04/05/2019 10:12
            Reprinted with permission from The Delta Times
            12 comments
            Great reporting, thanks for keeping us informed about the situation here.
            I hope the government does more this time, it is the same every year.
            """;

    @Test
    void keepsTheBodyAndDropsBoilerplateWithReasons() {
        List<Block> blocks = TextCopyBlocks.split(PAGE);
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(blocks, 0);
        Map<String, String> reasons = verdicts.stream()
                .collect(Collectors.toMap(v -> v.block().text(), Verdict::reason, (a, b) -> a));

        assertThat(verdicts.stream().filter(Verdict::keep).map(v -> v.block().text())).containsExactly(
                "DHAKA - More than 20,000 people have left their homes after the river burst its banks, officials said on Friday.",
                "The water rose by two metres overnight, and the army has been deployed to help with the evacuation.",
                "\"We have never seen anything like this,\" said Rahim Uddin, a farmer who lost his house.",
                "Section heading",
                "Aid agencies said they were sending food and water to the worst-hit districts.");
        assertThat(reasons).containsEntry("Floods force thousands from their homes in the delta", "title")
                .containsEntry("By  –", "byline")
                .containsEntry("Rescue boats on the river near the town, May 3 (photo credit: AP)", "photo credit")
                .containsEntry("Rescue boats on the river near the town, May 3", "caption")
                .containsEntry("Share Tweet Email", "link prompt or share widget")
                .containsEntry("READ MORE: Why the delta floods every year", "link prompt or share widget")
                .containsEntry("Government says relief camps are full as rain continues into a second week",
                        "headline of a linked story")
                .containsEntry("Published: 04/05/2019 10:12", "date line")
                .containsEntry("Reprinted with permission from The Delta Times", "credit line")
                .containsEntry("12 comments", "trailing section");
        assertThat(verdicts.get(verdicts.size() - 1).inTail()).isTrue();
    }

    @Test
    void repeatedShortLinesAreCaptions() {
        String page = "Title of the story\nA caption under a photo.\nA caption under a photo.\n"
                + "The first paragraph of the story is long enough to be body text for sure.\n";
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(TextCopyBlocks.split(page), 0);
        assertThat(verdicts).extracting(Verdict::reason).containsExactly("title", "repeated line", "repeated line", "body");
    }

    @Test
    void trailingSectionNeedsBodyBeforeIt() {
        String page = "Comments\nThe first paragraph of the story is long enough to be body text for sure.\n";
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(TextCopyBlocks.split(page), -1);
        assertThat(verdicts.get(1).keep()).isTrue();
    }

    @Test
    void longParagraphEndingWithAgencyCreditIsBody() {
        String page = "Title\nThe first paragraph of the story is long enough to be body text for sure.\n"
                + "“We also regret that there is a lack of coordinated action with other states,” he said — AFP, Reuters\n";
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(TextCopyBlocks.split(page), 0);
        assertThat(verdicts.get(2).keep()).isTrue();
    }

    @Test
    void appealsToReadersAreDroppedOnlyAtTheEnd() {
        String page = "Title\nFollow us on Twitter for live updates, the mayor said as the storm began on Monday.\n"
                + "The first paragraph of the story is long enough to be body text for sure.\n"
                + "The second paragraph of the story is long enough to be body text as well.\n"
                + "Follow The Herald on Twitter and Instagram and download our app for iOS and Android.\n";
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(TextCopyBlocks.split(page), 0);
        assertThat(verdicts).extracting(Verdict::reason)
                .containsExactly("title", "body", "body", "body", "appeal to readers");
    }

    @Test
    void dateLinesAndCreditsInOtherLanguages() {
        String page = "Titel\nAktualisiert am 17.01.2021 um 14:30 Uhr\n"
                + "Der Minister im Restaurant, Foto: Archiv der Regierung\n"
                + "Der erste Absatz der Geschichte ist lang genug, um sicher Fließtext zu sein.\n";
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(TextCopyBlocks.split(page), 0);
        assertThat(verdicts).extracting(Verdict::reason).containsExactly("title", "date line", "photo credit", "body");
    }

    @Test
    void noticesControlLabelsAndFullStoryPromptsAreNotArticleText() {
        String body = "The council voted on Tuesday to close the old bridge, which engineers say has been unsafe for "
                + "years, and to build a new one by 2027.";
        List<String> lines = List.of("This page is best viewed in an up-to-date web browser.", body,
                "Please enable JavaScript to view the comments.", "Close", "Back to Gallery »",
                "Full Story: Mayor opens the new ferry terminal", "Bitte aktivieren Sie JavaScript in Ihrem Browser.",
                "The mayor said the new bridge would be open to traffic before the end of the next decade.");
        List<Block> blocks = lines.stream().map(line -> Block.verbatim(line, 0)).toList();
        List<Verdict> verdicts = BoilerplateFilter.forHtml().classify(blocks, -1);
        assertThat(verdicts.stream().filter(Verdict::keep).map(v -> v.block().text())).containsExactly(body,
                "The mayor said the new bridge would be open to traffic before the end of the next decade.");
        assertThat(verdicts.get(3).reason()).isEqualTo("control label");
        assertThat(verdicts.get(0).reason()).isEqualTo("notice about the page");
    }

    @Test
    void aSentenceAboutBrowsersIsStillArticleText() {
        String sentence = "Regulators said on Monday that the browser maker must let users choose a different search "
                + "engine when they first set up their phones, a decision that could cost it billions of dollars.";
        List<Verdict> verdicts = BoilerplateFilter.forHtml().classify(List.of(Block.verbatim(sentence, 0)), -1);
        assertThat(verdicts.get(0).keep()).isTrue();
    }

    @Test
    void oneDroppedLinkDoesNotTakeEveryShortLineAboveItAlong() {
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(Block.verbatim("The council voted on Tuesday to close the old bridge, which engineers say has "
                + "been unsafe for years.", 0));
        for (String line : List.of("Ingredients", "200 g flour", "100 ml milk", "Topping")) {
            blocks.add(Block.verbatim(line, 0));
        }
        String link = "Our baking powder";
        blocks.add(new Block(link, List.of(new Block.Piece(0, 0)), Block.Kind.LIST_ITEM, link.length()));
        List<Verdict> verdicts = BoilerplateFilter.forHtml().classify(blocks, -1);
        assertThat(verdicts.stream().filter(Verdict::keep).map(v -> v.block().text()))
                .contains("200 g flour", "100 ml milk").doesNotContain("Topping", link);
    }
}

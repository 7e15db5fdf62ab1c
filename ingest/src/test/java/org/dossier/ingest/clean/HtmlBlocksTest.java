package org.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {

    private static List<String> blocks(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        return HtmlBlocks.of(new MainContent.Selection(List.of(page.body()), Set.of()), html).stream()
                .map(Block::text).toList();
    }

    @Test
    void aRowOfADataTableReadsAsOneLine() {
        String html = "<html><body><p>Standings after 36 races:</p><table><tr><th>Pos.</th><th>Driver</th>"
                + "<th>Points</th></tr><tr><td>1</td><td><a href=/kb>Kyle Busch</a></td><td>5040</td></tr>"
                + "<tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></body></html>";
        assertThat(blocks(html)).containsExactly("Standings after 36 races:", "Pos. Driver Points",
                "1 Kyle Busch 5040", "2 Martin Truex Jr. 5035");
    }

    @Test
    void cellsOfALayoutTableStayApart() {
        String article = "The council voted on Tuesday to close the old bridge, which engineers say has been unsafe "
                + "for years, and to build a new one by 2027, officials said after the meeting.";
        String html = "<html><body><table><tr><td><a href=/>Home</a><br><a href=/w>World</a></td><td>" + article
                + "</td></tr></table></body></html>";
        assertThat(blocks(html)).containsExactly("Home World", article);
    }
}

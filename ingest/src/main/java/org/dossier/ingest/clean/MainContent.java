package org.dossier.ingest.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the element of a page that holds the article: the schema.org {@code articleBody}, else the
 * {@code <article>} with the most paragraph text, else {@code <main>}, else the body.
 */
public final class MainContent {

    private MainContent() {}

    public static Element of(Document document) {
        Element body = document.body();
        Element articleBody = document.selectFirst("[itemprop=articleBody]");
        if (articleBody != null && paragraphChars(articleBody) > 0) {
            return articleBody;
        }
        Element bestArticle = null;
        int bestChars = 0;
        for (Element article : document.select("article")) {
            int chars = paragraphChars(article);
            if (chars > bestChars) {
                bestArticle = article;
                bestChars = chars;
            }
        }
        if (bestArticle != null && bestChars >= paragraphChars(body) / 4) {
            return bestArticle;
        }
        Element main = document.selectFirst("main, [role=main]");
        if (main != null && paragraphChars(main) >= paragraphChars(body) / 4) {
            return main;
        }
        return body;
    }

    private static int paragraphChars(Element root) {
        int chars = 0;
        for (Element p : root.select("p")) {
            chars += p.text().length();
        }
        return chars;
    }
}

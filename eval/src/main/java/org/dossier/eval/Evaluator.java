package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.record.ArticleRecord;

/**
 * Scores system output against gold articles, by the rules of {@code shared/gold/README.md} (and, for gold of
 * events alone, of {@code gold/events/README.md}). Gold articles are matched to system records by document id
 * when they give one, else by file name.
 */
public final class Evaluator {

    public EvalResult evaluate(GoldSet gold, List<ArticleRecord> system) {
        Map<String, ArticleRecord> byFile = new HashMap<>();
        Map<String, ArticleRecord> byId = new HashMap<>();
        for (ArticleRecord record : system) {
            byFile.put(fileName(record.source()), record);
            byId.put(record.id(), record);
        }
        EvalResult result = new EvalResult();
        for (GoldSet.Article goldArticle : gold.articles()) {
            ArticleRecord record = goldArticle.id() != null && byId.containsKey(goldArticle.id())
                    ? byId.get(goldArticle.id()) : byFile.get(goldArticle.file());
            if (record == null) {
                result.note("no system record for gold file " + goldArticle.file() + "; it counts as all missed");
                record = emptyRecord(goldArticle.file());
            } else if (record.failed()) {
                result.note(goldArticle.file() + " failed in the system: " + record.error());
                record = emptyRecord(goldArticle.file());
            }
            result.countArticle();
            ArticleScorer scorer = new ArticleScorer(goldArticle, record, rawText(record.source()));
            scorer.scoreInto(result);
        }
        return result;
    }

    private static String fileName(String source) {
        if (source == null) {
            return "";
        }
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static String rawText(String source) {
        try {
            Path path = source == null ? null : Path.of(source);
            return path != null && Files.isRegularFile(path) ? Files.readString(path) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static ArticleRecord emptyRecord(String file) {
        return new ArticleRecord(file, file, null, null, null, null, null, null, null, "", null, null, null, null,
                null, null, null, null, null, null);
    }
}

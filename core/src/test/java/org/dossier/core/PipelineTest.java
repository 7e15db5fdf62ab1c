package org.dossier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.OffsetMap;
import org.dossier.model.RawDocument;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final Cleaner VERBATIM = new Cleaner() {
        @Override
        public String name() {
            return "verbatim";
        }

        @Override
        public Article clean(RawDocument document) throws StageException {
            String text = new String(document.content(), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw new StageException("empty document");
            }
            return new Article(document.id(), document.source(), null, text, text, OffsetMap.identity(),
                    ArticleMetadata.EMPTY);
        }
    };

    /** Marks every capitalized word as a person. */
    private static final ArticleStage CAPITALS = new FakeStage("capitals.v1", Set.of(), Set.of(Layers.MENTIONS)) {
        @Override
        public AnnotatedArticle apply(AnnotatedArticle in) {
            String text = in.article().text();
            var matcher = java.util.regex.Pattern.compile("\\b[A-Z]\\w+").matcher(text);
            var mentions = new java.util.ArrayList<Mention>();
            while (matcher.find()) {
                mentions.add(new Mention(in.id(), new Span(matcher.start(), matcher.end()), matcher.group(),
                        EntityType.PERSON));
            }
            return in.with(Layers.MENTIONS, mentions);
        }
    };

    private static final ArticleStage NEEDS_MENTIONS =
            new FakeStage("count.v1", Set.of(Layers.MENTIONS), Set.of(Layers.ENTITIES)) {
                @Override
                public AnnotatedArticle apply(AnnotatedArticle in) throws StageException {
                    if (in.get(Layers.MENTIONS).size() > 3) {
                        throw new StageException("too many names");
                    }
                    return in.with(Layers.ENTITIES, List.of());
                }
            };

    @Test
    void runsStagesInOrder() {
        Pipeline pipeline = Pipeline.builder().cleaner(VERBATIM).stage(CAPITALS).stage(NEEDS_MENTIONS).build();
        Outcome outcome = pipeline.process(doc("Ayrault met Kerry"));
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        AnnotatedArticle result = ((Outcome.Ok) outcome).result();
        assertThat(result.get(Layers.MENTIONS)).extracting(Mention::text).containsExactly("Ayrault", "Kerry");
        assertThat(result.has(Layers.ENTITIES)).isTrue();
    }

    @Test
    void refusesStageBeforeTheLayerItNeeds() {
        var builder = Pipeline.builder().cleaner(VERBATIM).stage(NEEDS_MENTIONS).stage(CAPITALS);
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("count.v1 needs layer 'mentions', produced by capitals.v1")
                .hasMessageContaining("add capitals.v1 before count.v1");
    }

    @Test
    void refusesLayerNoStageProduces() {
        var builder = Pipeline.builder().cleaner(VERBATIM).stage(NEEDS_MENTIONS);
        assertThatThrownBy(builder::build).hasMessageContaining("which no stage in the pipeline produces");
    }

    @Test
    void failuresNameDocumentStageAndReason() {
        Pipeline pipeline = Pipeline.builder().cleaner(VERBATIM).stage(CAPITALS).stage(NEEDS_MENTIONS).build();

        Outcome empty = pipeline.process(doc("   "));
        assertThat(empty).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.stage()).isEqualTo("verbatim");
            assertThat(f.reason()).isEqualTo("empty document");
            assertThat(f.source()).isEqualTo("test.txt");
        });

        Outcome crowded = pipeline.process(doc("Ann Bob Cid Dan"));
        assertThat(crowded).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.describe()).contains("test.txt", "too many names", "count.v1"));
    }

    @Test
    void bugInStageBecomesFailureNotCrash() {
        ArticleStage broken = new FakeStage("broken.v1", Set.of(), Set.of()) {
            @Override
            public AnnotatedArticle apply(AnnotatedArticle in) {
                throw new IndexOutOfBoundsException("index 7");
            }
        };
        Outcome outcome = Pipeline.builder().cleaner(VERBATIM).stage(broken).build().process(doc("text"));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class,
                f -> assertThat(f.reason()).contains("internal error", "IndexOutOfBoundsException", "index 7"));
    }

    @Test
    void layersAreImmutableCopies() {
        Article article = new Article("id", "s", null, "t", "t", OffsetMap.identity(), ArticleMetadata.EMPTY);
        AnnotatedArticle empty = AnnotatedArticle.of(article);
        AnnotatedArticle withMentions = empty.with(Layers.MENTIONS, List.of());
        assertThat(empty.has(Layers.MENTIONS)).isFalse();
        assertThat(withMentions.has(Layers.MENTIONS)).isTrue();
        assertThatThrownBy(() -> empty.get(Layers.QUOTES)).hasMessageContaining("no layer 'quotes'");
        assertThatThrownBy(() -> withMentions.get(Layers.MENTIONS).add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void layerRejectsItemsOfTheWrongType() {
        Article article = new Article("id", "s", null, "t", "t", OffsetMap.identity(), ArticleMetadata.EMPTY);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Layer<Object> wrong = (Layer) Layers.MENTIONS;
        assertThatThrownBy(() -> AnnotatedArticle.of(article).with(wrong, List.of("not a mention")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds Mention");
    }

    private static RawDocument doc(String text) {
        return RawDocument.of("test.txt", text.getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT);
    }

    private abstract static class FakeStage implements ArticleStage {
        private final String name;
        private final Set<Layer<?>> requires;
        private final Set<Layer<?>> produces;

        FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> produces) {
            this.name = name;
            this.requires = requires;
            this.produces = produces;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<Layer<?>> requires() {
            return requires;
        }

        @Override
        public Set<Layer<?>> produces() {
            return produces;
        }
    }
}

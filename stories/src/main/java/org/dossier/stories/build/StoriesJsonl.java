package org.dossier.stories.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code stories.jsonl}: one story per line. */
public final class StoriesJsonl {

    public static final String FILE_NAME = "stories.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoriesJsonl() {}

    public static void write(Writer out, List<StoryRecord> stories) throws IOException {
        for (StoryRecord story : stories) {
            out.write(JSON.writeValueAsString(story));
            out.write('\n');
        }
    }
}

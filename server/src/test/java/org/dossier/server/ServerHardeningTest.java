package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server probed as an attacker and a clumsy client would, over raw HTTP: foreign Host names (DNS rebinding),
 * cross-site posts, malformed paths, oversized and invalid articles. Every refusal is JSON that names the
 * problem and the fix.
 */
class ServerHardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Reply(int status, String contentType, String body) {
        JsonNode json() throws Exception {
            assertThat(contentType).as("content type of " + status + ": " + body).startsWith("application/json");
            return JSON.readTree(body);
        }
    }

    /** Sends a request byte for byte as given (the Host header included) and reads the whole answer. */
    private static Reply raw(String method, String target, String host, String extraHeaders, String body)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + extraHeaders + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: "
                    + payload.length + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String headers = response.substring(0, split).toLowerCase(java.util.Locale.ROOT);
            String contentType = headers.lines().filter(l -> l.startsWith("content-type:")).map(l -> l.substring(13)
                    .strip()).findFirst().orElse("");
            String content = response.substring(split + 4);
            if (headers.contains("transfer-encoding: chunked")) {
                content = unchunk(content);
            }
            return new Reply(status, contentType, content);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int line = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, line + 2, line + 2 + size);
            at = line + 2 + size + 2;
        }
    }

    private String local() {
        return "127.0.0.1:" + server.server.port();
    }

    @Test
    void loopbackNamesAndAddressesAreServed() throws Exception {
        assertThat(raw("GET", "/api/stats", local(), "", null).status()).isEqualTo(200);
        assertThat(raw("GET", "/api/stats", "localhost:" + server.server.port(), "", null).status()).isEqualTo(200);
        assertThat(raw("GET", "/api/stats", "[::1]:" + server.server.port(), "", null).status()).isEqualTo(200);
    }

    @Test
    void aForeignHostNameIsRefusedAsDnsRebindingWouldSendIt() throws Exception {
        Reply read = raw("GET", "/api/stats", "attacker.example", "", null);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().get("error").asText()).contains("attacker.example", "--allow-host");
        Reply write = raw("POST", "/api/articles", "attacker.example:" + server.server.port(), "",
                "{\"text\":\"Dock workers extended their strike on Monday in the harbour.\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(raw("GET", "/", "attacker.example", "", null).status()).as("the UI too").isEqualTo(403);
    }

    @Test
    void aPostFromAnotherOriginIsRefused() throws Exception {
        Reply reply = raw("POST", "/api/articles", local(), "Origin: http://attacker.example\r\n",
                "{\"text\":\"Dock workers extended their strike on Monday in the harbour.\"}");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").asText()).contains("http://attacker.example");
        Reply sameOrigin = raw("POST", "/api/articles", local(), "Origin: http://" + local() + "\r\n",
                "{\"text\":\"Dock workers extended their strike on Monday in the harbour, again.\"}");
        assertThat(sameOrigin.status()).isEqualTo(201);
    }

    @Test
    void malformedPathsAndUnknownMethodsGetJson() throws Exception {
        Reply nul = raw("GET", "/api/stories/%00", local(), "", null);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("status").asInt()).isEqualTo(400);
        Reply put = raw("PUT", "/api/stories", local(), "", "{}");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.json().get("error").asText()).contains("PUT is not allowed on /api/stories", "GET");
        Reply delete = raw("DELETE", "/api/articles/0000000000000000", local(), "", null);
        assertThat(delete.status()).isEqualTo(405);
        Reply unknown = raw("PUT", "/api/nothing-here", local(), "", "{}");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aLongQuerySaysHowLongItMayBe() throws Exception {
        Reply tooLong = raw("GET", "/api/search?q=" + "a".repeat(10_000), local(), "", null);
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.json().get("error").asText()).contains("10000 characters", "at most "
                + ApiHandlers.MAX_QUERY_CHARS);
        assertThat(raw("GET", "/api/stories?q=" + "a".repeat(10_000), local(), "", null).status()).isEqualTo(414);
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() + 6 <= ApiHandlers.MAX_QUERY_CHARS; i++) {
            words.append(words.isEmpty() ? "" : "+").append("w").append(i);
        }
        Reply longest = raw("GET", "/api/search?q=" + words, local(), "", null);
        assertThat(longest.status()).as("as many words as the limit allows: " + longest.body()).isEqualTo(200);
        Reply beyondJetty = raw("GET", "/api/search?q=" + "a".repeat(40_000), local(), "", null);
        assertThat(beyondJetty.status()).isEqualTo(414);
        assertThat(beyondJetty.json().get("error").asText()).contains(DossierServer.MAX_HEADER_BYTES + " bytes",
                "at most " + ApiHandlers.MAX_QUERY_CHARS + " characters");
    }

    @Test
    void pagesThatDoNotExistAndMethodsPagesDoNotAnswerGetJson() throws Exception {
        Reply missing = raw("GET", "/nothing-here.html", local(), "", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).contains("/nothing-here.html");
        Reply post = raw("POST", "/", local(), "", "{}");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.json().get("error").asText()).contains("GET, HEAD");
        assertThat(raw("DELETE", "/story.html", local(), "", null).status()).isEqualTo(405);
        assertThat(raw("PUT", "/no-such-page.html", local(), "", "{}").json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void tooManyArticlesSaysSoRatherThanBlamingTheBytes() throws Exception {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < 51; i++) {
            array.append(i == 0 ? "" : ",").append("{\"text\":\"Article ").append(i).append(".\"}");
        }
        Reply reply = raw("POST", "/api/articles", local(), "", array.append(']').toString());
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).contains("at most 50 articles", "holds 51");
    }

    @Test
    void aBatchTooLargeInBytesSaysHowManyArticlesItHeldAndMayHold() throws Exception {
        String longText = "The minister said the talks would go on. ".repeat(2_000); // about 82 KB an article
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < 60; i++) {
            array.append(i == 0 ? "" : ",").append("{\"title\":\"Talks ").append(i).append("\",\"text\":\"")
                    .append(longText).append("\"}");
        }
        Reply reply = raw("POST", "/api/articles", local(), "", array.append(']').toString());
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).contains("at most 50 articles and 4.0 MiB", "holds 60 "
                + "articles in 4.7 MiB", "batches of at most 50");
        Reply one = raw("POST", "/api/articles", local(), "", "{\"text\":\"" + longText.repeat(60) + "\"}");
        assertThat(one.status()).isEqualTo(413);
        assertThat(one.json().get("error").asText()).contains("holds 1 article in 4.7 MiB", "fewer or shorter");
    }

    @Test
    void invalidFieldsAreRefusedNamingTheField() throws Exception {
        String text = "\"text\":\"Dock workers extended their strike on Monday in the harbour.\"";
        Reply date = raw("POST", "/api/articles", local(), "", "{\"date\":\"yesterday-ish\"," + text + "}");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().get("error").asText()).contains("'date'", "yesterday-ish");
        Reply ambiguous = raw("POST", "/api/articles", local(), "", "{\"date\":\"05/10/2016\"," + text + "}");
        assertThat(ambiguous.status()).as("May 10 or October 5").isEqualTo(400);
        assertThat(ambiguous.json().get("error").asText()).contains("item 0: 'date'", "2016-10-08");
        Reply typo = raw("POST", "/api/articles", local(), "", "[{" + text + "},{\"dat\":\"2016-10-05\"," + text
                + "}]");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("error").asText()).contains("item 1: unknown field 'dat'");
        Reply url = raw("POST", "/api/articles", local(), "", "{\"url\":\"=HYPERLINK(\\\"http://evil.example\\\")\","
                + text + "}");
        assertThat(url.status()).isEqualTo(400);
        assertThat(url.json().get("error").asText()).contains("'url'");
        Reply title = raw("POST", "/api/articles", local(), "", "{\"title\":\"" + "T".repeat(3000) + "\"," + text
                + "}");
        assertThat(title.status()).isEqualTo(400);
        assertThat(title.json().get("error").asText()).contains("'title'", "1000");
    }
}

package org.dossier.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dossier.core.StageException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SAMPLE = "Le ministre a déclaré « c’est inacceptable » – “quoted” café.\n";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8() throws StageException {
        DecodedText decoded = decoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(SAMPLE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void stripsUtf8ByteOrderMark() throws StageException {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(decoder.decode(withBom).text()).isEqualTo(SAMPLE);
    }

    @Test
    void decodesUtf16WithAndWithoutMark() throws StageException {
        String english = "The minister said the talks would resume on Monday in Geneva.";
        assertThat(decoder.decode(english.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(english);
        assertThat(decoder.decode(english.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(english);
        assertThat(decoder.decode(english.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(english);
    }

    @Test
    void detectsWindows1252() throws StageException {
        String text = "The café’s owner said “we’re closed” – for now. " .repeat(20);
        DecodedText decoded = decoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void honoursDeclaredCharsetWhenBytesAreNotUtf8() throws StageException {
        String html = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix : 10 €, déjà payé.</p></body></html>";
        DecodedText decoded = decoder.decode(html.getBytes(Charset.forName("ISO-8859-15")));
        assertThat(decoded.text()).contains("10 €, déjà payé");
        assertThat(decoded.how()).isEqualTo("declared");
    }

    @Test
    void prefersValidUtf8OverAWrongDeclaration() throws StageException {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Über die Grenze – “quoted”</p></body></html>";
        DecodedText decoded = decoder.decode(html.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).contains("Über die Grenze – “quoted”");
    }

    @Test
    void rejectsEmptyAndBlankDocuments() {
        assertThatThrownBy(() -> decoder.decode(new byte[0])).hasMessage("empty file (0 bytes)");
        assertThatThrownBy(() -> decoder.decode(" \n\t \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("only whitespace");
    }

    @Test
    void rejectsBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> decoder.decode(png)).hasMessageContaining("binary file (PNG image)");
        byte[] withNul = "looks like text\0but is not".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(withNul)).hasMessageContaining("NUL bytes");
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThatThrownBy(() -> decoder.decode(noise)).isInstanceOf(StageException.class)
                .hasMessageContaining("binary file");
    }
}

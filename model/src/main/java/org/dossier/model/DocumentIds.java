package org.dossier.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-hash document ids: ingesting the same bytes again gives the same id. */
public final class DocumentIds {

    /** 16 hex digits (64 bits) of SHA-256: collisions are negligible for corpora of billions of documents. */
    private static final int HEX_DIGITS = 16;

    private DocumentIds() {}

    public static String of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

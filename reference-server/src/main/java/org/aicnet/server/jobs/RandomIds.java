package org.aicnet.server.jobs;

import java.security.SecureRandom;

/** 128 random bits as 26 characters of lower-case base 32 (RFC 4648 alphabet), safe in a path segment. */
final class RandomIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    static String next() {
        byte[] bytes = new byte[BITS / 8];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder((BITS + 4) / 5);
        int buffer = 0;
        int buffered = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            buffered += 8;
            while (buffered >= 5) {
                id.append(ALPHABET[(buffer >> (buffered - 5)) & 31]);
                buffered -= 5;
            }
        }
        if (buffered > 0) {
            id.append(ALPHABET[(buffer << (5 - buffered)) & 31]);
        }
        return id.toString();
    }
}

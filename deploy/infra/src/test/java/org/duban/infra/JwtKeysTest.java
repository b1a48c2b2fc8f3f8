package org.duban.infra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing key is nobody else's to read (issue 12: the generated private key file was world-readable). */
class JwtKeysTest {
    @TempDir
    Path data;

    @Test
    void shouldWriteThePrivateKeyOwnerOnlyAndLoadTheSamePairAgain() throws Exception {
        Path dir = data.resolve("jwt");
        JwtKeys created = JwtKeys.loadOrCreate(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created.privateKeyFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        JwtKeys loaded = JwtKeys.loadOrCreate(dir);
        assertArrayEquals(created.keyPair().getPrivate().getEncoded(), loaded.keyPair().getPrivate().getEncoded());
    }

    @Test
    void shouldNarrowAKeyLeftReadableByOthers() throws Exception {
        Path dir = data.resolve("jwt");
        JwtKeys created = JwtKeys.loadOrCreate(dir);
        Files.setPosixFilePermissions(created.privateKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        JwtKeys.loadOrCreate(dir);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created.privateKeyFile())));
    }
}

package org.duban.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The RSA key pair the gateway signs tokens with and every service verifies them with, generated
 * on first use into a data directory (never committed). The private key is readable by its owner only
 * (0600, its folder 0700), from the moment it exists; a key found with wider permissions is narrowed on load.
 * In production an OIDC provider's keys replace it by configuration.
 */
public record JwtKeys(Path publicKeyFile, Path privateKeyFile, KeyPair keyPair) {

    public static JwtKeys loadOrCreate(Path dir) {
        Path pub = dir.resolve("jwt-public.pem");
        Path priv = dir.resolve("jwt-private.pem");
        try {
            if (Files.exists(pub) && Files.exists(priv)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(pemBody(pub)));
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(pemBody(priv)));
                ownerOnly(priv, OWNER_READ_WRITE);
                return new JwtKeys(pub, priv, new KeyPair(publicKey, privateKey));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            ownerOnly(dir, OWNER_ONLY_DIRECTORY);
            Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.deleteIfExists(priv);
            if (POSIX) {
                // created 0600, so that no one else can open it between its creation and a chmod
                Files.createFile(priv, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
            }
            Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            return new JwtKeys(pub, priv, pair);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the JWT key pair", e);
        }
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}

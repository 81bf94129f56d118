package guichet.inference.llamacpp;

import de.kherud.llama.GuichetLlamaAccess;
import guichet.inference.EngineUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Puts the binding's native library where the binding loads it from, once per content: a folder
 * named after the library's checksum, so processes and versions never overwrite each other's file
 * (the binding's own loader writes every version to the same temp path and prints to stdout).
 * A site with its own build (CUDA, say) sets {@code de.kherud.llama.lib.path} and this does nothing.
 */
final class NativeLibraryInstaller {

    static final String LIBRARY_PATH_PROPERTY = "de.kherud.llama.lib.path";

    private NativeLibraryInstaller() {
    }

    static synchronized void install(Path cacheRoot) {
        if (System.getProperty(LIBRARY_PATH_PROPERTY) != null) {
            return;
        }
        String fileName = System.mapLibraryName("jllama");
        String resource = "/de/kherud/llama/" + GuichetLlamaAccess.nativeLibraryFolder() + "/" + fileName;
        try (InputStream in = GuichetLlamaAccess.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new EngineUnavailableException("the llama.cpp binding has no native library for this machine ("
                        + GuichetLlamaAccess.nativeLibraryFolder() + ")");
            }
            byte[] library = in.readAllBytes();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(library));
            Path folder = cacheRoot.resolve("jllama-" + digest.substring(0, 16));
            Path target = folder.resolve(fileName);
            if (!Files.isRegularFile(target) || Files.size(target) != library.length) {
                Files.createDirectories(folder);
                Path temp = Files.createTempFile(folder, fileName, ".part");
                Files.write(temp, library);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty(LIBRARY_PATH_PROPERTY, folder.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot install the llama.cpp native library under " + cacheRoot
                    + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

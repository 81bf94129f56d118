package guichet.app.system.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"guichet " + (version == null ? "development build" : version)};
    }
}

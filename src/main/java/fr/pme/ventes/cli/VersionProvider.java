package fr.pme.ventes.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into the jar manifest. */
class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"ventes-pme " + (version == null ? "(développement)" : version)};
    }
}

package fr.pme.ventes.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only the invoked subcommand is built; anything else gets the whole command line (help, errors, suggestions). */
class CommandLineSetupTest {

    private static final Set<String> EVERY_COMMAND = names(CommandLineSetup.create(new HelpWithoutQuarkus()));

    private static Set<String> built(String... args) {
        return names(CommandLineSetup.forArguments(new HelpWithoutQuarkus(), args));
    }

    /** Subcommand names in order, once each (picocli's map also has a key per alias). */
    private static Set<String> names(CommandLine commandLine) {
        Set<String> names = new LinkedHashSet<>();
        commandLine.getSubcommands().values().forEach(c -> names.add(c.getCommandName()));
        return names;
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("run"), built("run", "--db", "ventes.db", "--json"));
        assertEquals(Set.of("status"), built("status"));
        assertEquals(Set.of("generer"), built("generer", "--lignes", "10"));
    }

    @Test
    void optionsBeforeTheSubcommandAreSkipped() {
        assertEquals(Set.of("analyze"), built("--verbeux", "analyze"));
        assertEquals(Set.of("analyze"), built("analyser"));     // an alias
    }

    @Test
    void noSubcommandOrAnUnknownWordBuildsEveryCommand() {
        assertEquals(VentesCommand.SUBCOMMANDS.size(), EVERY_COMMAND.size());
        assertEquals(EVERY_COMMAND, built());
        assertEquals(EVERY_COMMAND, built("--help"));
        assertEquals(EVERY_COMMAND, built("inconnue", "run"));
    }

    @Test
    void theHelpOfTheWholeCommandListsTheCommandsInTheirOrder() {
        List<String> names = VentesCommand.SUBCOMMANDS.stream()
                .map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
        assertEquals(names, List.copyOf(EVERY_COMMAND));
    }
}

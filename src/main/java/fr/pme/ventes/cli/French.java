package fr.pme.ventes.cli;

import picocli.CommandLine;

import java.util.List;

/** French wording for picocli's usage errors. */
final class French {
    private French() {
    }

    static String usageError(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "?" : args.get(0);
            return (first.startsWith("-") ? "option inconnue : " : "commande ou argument inconnu : ") + first;
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "valeur manquante : " + missing.getMissing().stream()
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel())
                    .toList();
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException || ex.getCause() instanceof IllegalArgumentException) {
            return ex.getCause().getMessage();
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            CommandLine.Model.ArgSpec arg = overwritten.getOverwritten();
            return "option donnée deux fois : " + (arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel());
        }
        return ex.getMessage();
    }
}

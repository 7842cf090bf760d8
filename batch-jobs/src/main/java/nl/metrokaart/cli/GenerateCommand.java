package nl.metrokaart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.metrokaart.sampledata.DeliveryGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a realistic delivery of a fictional pps (deterministic for a seed), e.g. for benchmarks. "
                + "Writes into --out (default: out/delivery).")
class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--participants", defaultValue = "320", paramLabel = "N",
            description = "How many participants (default: ${DEFAULT-VALUE}; about 5 enrolment rows each).")
    int participants;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (participants < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--participants must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path folder = top.out != null ? top.out : Path.of("out", "delivery");
        try {
            var summary = DeliveryGenerator.generate(folder, participants, seed);
            out.println("Wrote a delivery to " + folder.toAbsolutePath().normalize() + ": " + summary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the delivery to " + folder, e);
        }
        return ExitCodes.DONE;
    }
}

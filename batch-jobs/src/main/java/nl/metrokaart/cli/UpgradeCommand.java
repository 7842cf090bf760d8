package nl.metrokaart.cli;

import java.util.concurrent.Callable;

import nl.metrokaart.warehouse.Migrations;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * After installing a new release: brings the warehouse to its schema once (a copy of the file is
 * taken first), so that read-only commands, which never migrate, can read it again.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Bring the warehouse up to this release's schema (a copy of it is kept beside it first). "
                + "Every job does this too; read-only commands (query, status, history, export) never do.")
class UpgradeCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Opening the session runs pending migrations and prints where the copy is.
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            spec.commandLine().getOut().println("The warehouse is at schema V" + Migrations.latestVersion() + ", this release's.");
        }
        return ExitCodes.DONE;
    }
}

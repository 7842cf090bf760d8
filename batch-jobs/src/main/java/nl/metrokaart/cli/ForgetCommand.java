package nl.metrokaart.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.metrokaart.MetrokaartProperties;
import nl.metrokaart.UserInputException;
import nl.metrokaart.backup.WarehouseCopy;
import nl.metrokaart.privacy.ParticipantData;
import nl.metrokaart.privacy.PrivacyRequest;
import nl.metrokaart.unattended.Events;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "forget", mixinStandardHelpOptions = true,
        description = {"A participant's erasure request (AVG right to erasure): erase everything the warehouse holds about the person "
                + "with this e-mail address, in one transaction: their rows in every table, their address in the sealed address "
                + "batches (re-sealed without it), and rejects and job history that name it. The reports' models are recomputed, "
                + "and the warehouse file is rewritten so that no trace stays in it.",
                "Their pseudonym (a keyed hash, no address) is kept as erased: rows of a later delivery that name them are rejected "
                        + "(\"participant erased on request (AVG)\"). The erasure is recorded with its date and counts, without the address."})
class ForgetCommand implements Callable<Integer> {

    @ParentCommand
    MetrokaartCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The participant's e-mail address.")
    String email;

    @Override
    public Integer call() {
        MetrokaartProperties settings = WarehouseSession.settings(top, Map.of());
        PrivacyRequest.check(email, settings);
        Events events = new Events(spec.commandLine().getOut(), false);
        ParticipantData.Erased erased;
        try (ConfigurableApplicationContext context = WarehouseSession.open(top)) {
            ParticipantData data = context.getBean(ParticipantData.class);
            ParticipantData.Subject subject = data.find(email);
            if (!subject.holdsAnything()) {
                if (subject.erasedOn() != null) {
                    events.say("The participant with this address was erased on " + subject.erasedOn() + " already; nothing left to erase.");
                    return ExitCodes.DONE;
                }
                throw new UserInputException("No participant with this address is known in the warehouse: there is nothing to erase, "
                        + "and nothing was changed. Check the spelling of the address.");
            }
            erased = new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                    .execute(status -> data.erase(Set.of(subject.pseudonym()), Set.of(email)));
        }
        Path warehouse = settings.getWarehouse().getPath();
        WarehouseCopy.rewrite(warehouse);
        WarehouseCopy.republishSnapshot(settings.getWarehouse());
        events.say("Erased: " + erased.rows() + " rows holding their pseudonym, their address in " + erased.batches()
                + " sealed address " + (erased.batches() == 1 ? "batch" : "batches") + " (re-sealed without it), and " + erased.mentions()
                + " text " + (erased.mentions() == 1 ? "cell" : "cells") + " naming it (rejects, job history).");
        events.say("The reports' models were recomputed: the next reports no longer count them. The warehouse file was rewritten, "
                + "so nothing of them is left in it, and the read snapshot published again; the erasure is recorded (date and counts, no address).");
        events.say("Their pseudonym is kept as erased: a re-delivery of an old export that names them is rejected for them. "
                + "Backups made before now still hold them: a restore of one erases them again, as long as it replaces this warehouse; "
                + "reports written before now still count them.");
        return ExitCodes.DONE;
    }
}

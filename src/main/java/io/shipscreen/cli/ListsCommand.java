package io.shipscreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.shipscreen.parties.ListFormatException;
import io.shipscreen.parties.ListInstaller;
import io.shipscreen.parties.LoadedListFile;
import io.shipscreen.parties.PartiesProperties;
import io.shipscreen.parties.PartyListLoader;
import io.shipscreen.parties.PartyListSnapshot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code lists}: what restricted-party lists are loaded; {@code lists import FILE}: validate a
 * newer download and install it into the list folder (a malformed file is refused and the
 * installed one kept).
 */
@Component
public class ListsCommand implements Command {

	/** Loaded when the command runs: `help` and the other commands never load the lists. */
	private final ObjectProvider<PartyListSnapshot> snapshot;

	private final PartyListLoader loader;

	private final PartiesProperties properties;

	public ListsCommand(ObjectProvider<PartyListSnapshot> snapshot, PartyListLoader loader, PartiesProperties properties) {
		this.snapshot = snapshot;
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "lists";
	}

	@Override
	public String usage() {
		return "lists [import FILE]            show the restricted-party lists, or install a newer download";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"to");
	}

	@Override
	public int run(CommandLine commandLine) {
		if (commandLine.arguments().isEmpty()) {
			System.out.print(show());
			return ExitCodes.OK;
		}
		String action = commandLine.argument(0, "action");
		if (!action.equals("import")) {
			throw new CommandException("unknown action '" + action + "' (try: lists, lists import FILE)",
					ExitCodes.USAGE);
		}
		Path file = Path.of(commandLine.argument(1, "FILE to import"));
		if (!Files.isRegularFile(file)) {
			throw new CommandException("no such file: " + file, ExitCodes.USAGE);
		}
		Path folder = listFolder(commandLine);
		try {
			ListInstaller.Installed installed = new ListInstaller(this.loader).install(file, folder);
			LoadedListFile loaded = installed.file();
			System.out.printf(Locale.ROOT, "Installed %s (%s, snapshot %s, %,d entries, %,d aliases, sha256 %s)%n",
					installed.target(), loaded.format().label(), loaded.snapshotDate(), loaded.entries().size(),
					loaded.aliasCount(), loaded.sha256());
			if (!installed.replaced().isEmpty()) {
				System.out.println("Replaced " + installed.replaced() + "; kept in " + installed.backupFolder());
			}
			return ExitCodes.OK;
		}
		catch (ListFormatException ex) {
			throw new CommandException(ex.getMessage() + " (nothing installed)", ExitCodes.FAILED, ex);
		}
	}

	/** The folder to install into: {@code --to=DIR}, else the first configured list folder. */
	private Path listFolder(CommandLine commandLine) {
		String to = commandLine.option("to").orElse(null);
		if (to != null) {
			return Path.of(to);
		}
		for (String location : this.properties.lists()) {
			if (Files.isDirectory(Path.of(location))) {
				return Path.of(location);
			}
		}
		throw new CommandException("no list folder configured (shipscreen.parties.lists); use --to=DIR",
				ExitCodes.USAGE);
	}

	String show() {
		PartyListSnapshot snapshot = this.snapshot.getObject();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Restricted-party lists (snapshot id %s): %,d entries, %,d aliases%n",
				snapshot.id(), snapshot.entries().size(), snapshot.aliasCount()));
		out.append(String.format(Locale.ROOT, "%-36s %-20s %-11s %8s %8s  %-26s %s%n", "file", "format", "snapshot",
				"entries", "aliases", "lists", "sha256"));
		for (LoadedListFile file : snapshot.files()) {
			out.append(String.format(Locale.ROOT, "%-36s %-20s %-11s %,8d %,8d  %-26s %s%n", file.file(),
					file.format().label(), file.snapshotDate(), file.entries().size(), file.aliasCount(),
					file.sources(), file.sha256().substring(0, 16)));
		}
		return out.toString();
	}

}

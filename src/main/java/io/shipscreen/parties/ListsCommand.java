package io.shipscreen.parties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.CommandOptions;
import io.shipscreen.cli.ExitCodes;

/**
 * {@code lists}: what restricted-party lists are loaded; {@code lists import FILE}: validate a
 * newer download and install it into the list folder (a malformed file is refused and the
 * installed one kept).
 */
@Component
public class ListsCommand implements Command {

	/** Loaded when the command shows them: `help` and the other commands never load the lists. */
	private final ObjectProvider<PartyListSnapshot> snapshot;

	private final PartyListLoader loader;

	private final PartiesProperties properties;

	private final ListRefresher refresher;

	private final ObjectProvider<ListAges> ages;

	private final ListRefreshProperties refresh;

	public ListsCommand(ObjectProvider<PartyListSnapshot> snapshot, PartyListLoader loader, PartiesProperties properties,
			ListRefresher refresher, ObjectProvider<ListAges> ages, ListRefreshProperties refresh) {
		this.snapshot = snapshot;
		this.loader = loader;
		this.properties = properties;
		this.refresher = refresher;
		this.ages = ages;
		this.refresh = refresh;
	}

	@Override
	public String name() {
		return "lists";
	}

	@Override
	public String usage() {
		return "lists [import FILE | refresh [--from=URL_OR_FILE]] [--to=DIR]   show the restricted-party lists "
				+ "with their ages; install a newer file; download every configured source (or one) and install it";
	}

	@Override
	public CommandOptions options() {
		return CommandOptions.of(
				"from",
				"to");
	}

	@Override
	public int run(CommandLine commandLine) {
		if (commandLine.arguments().isEmpty()) {
			System.out.print(show());
			return ExitCodes.OK;
		}
		String action = commandLine.argument(0, "action");
		if (action.equals("refresh")) {
			return refresh(commandLine);
		}
		if (!action.equals("import")) {
			throw new CommandException("unknown action '" + action
					+ "' (try: lists, lists import FILE, lists refresh [--from=URL_OR_FILE])", ExitCodes.USAGE);
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

	/**
	 * {@code lists refresh}: every configured source, or {@code --from=URL_OR_FILE}. One line per
	 * source; exit 0 only when every source was installed, 1 when any was refused (the installed
	 * lists are kept either way).
	 */
	private int refresh(CommandLine commandLine) {
		Path folder = listFolder(commandLine);
		List<ListRefresher.Outcome> outcomes;
		String from = commandLine.option("from").orElse(null);
		if (from != null) {
			if (from.isBlank()) {
				throw new CommandException("--from needs a URL or a file", ExitCodes.USAGE);
			}
			outcomes = List.of(this.refresher.refreshFrom(from, folder));
		}
		else if (this.refresh.sources().values().stream().noneMatch(ListRefreshProperties.Source::enabled)) {
			throw new CommandException("no list sources configured (shipscreen.parties.sources); use --from=URL_OR_FILE",
					ExitCodes.USAGE);
		}
		else {
			outcomes = this.refresher.refreshAll(folder);
		}
		long refused = outcomes.stream().filter((outcome) -> !outcome.refreshed()).count();
		for (ListRefresher.Outcome outcome : outcomes) {
			(outcome.refreshed() ? System.out : System.err).println("shipscreen lists refresh: " + outcome.describe());
		}
		if (refused > 0) {
			throw new CommandException(refused + " of " + outcomes.size()
					+ " source(s) refused; the installed lists are kept (see " + folder.resolve(ListRefresher.LOG_FILE)
					+ ")", ExitCodes.FAILED);
		}
		System.out.println("shipscreen lists refresh: " + outcomes.size() + " source(s) installed into " + folder);
		return ExitCodes.OK;
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
		out.append(String.format(Locale.ROOT, "%-36s %-20s %-17s %9s %8s %8s  %-26s %s%n", "file", "format",
				"snapshot", "age", "entries", "aliases", "lists", "sha256"));
		LocalDate today = LocalDate.now();
		for (ListAges.Age age : this.ages.getObject().ages(today)) {
			LoadedListFile file = age.file();
			String days = (age.days() < 0) ? "unknown" : age.days() + " d";
			out.append(String.format(Locale.ROOT, "%-36s %-20s %-17s %9s %,8d %,8d  %-26s %s%s%n", file.file(),
					file.format().label(), file.snapshotDate(), days, file.entries().size(), file.aliasCount(),
					file.sources(), file.sha256().substring(0, 16), age.stale() ? "  STALE (max " + age.maxAge().toDays()
							+ " d)" : ""));
		}
		return out.toString();
	}

}

package io.shipscreen.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.shipscreen.parties.ClearedMatches;
import io.shipscreen.parties.NameNormalizer;
import io.shipscreen.report.FlaggedWorkbookWriter;
import io.shipscreen.report.ReviewDecision;

/**
 * {@code review import FILE}: takes a flagged workbook back from the reviewers and records each
 * decision with who, when, the note and the file. Judged row by row: a row is refused, with its
 * reason, when its decision is unknown, nobody signed it, it is about an unknown result or one
 * screened differently since, its key columns were edited, or it releases a HOLD without a note;
 * every other row is still imported. A FALSE POSITIVE adds the result's party matches to the
 * good-guy list. All decisions and refusals of a file are written in one transaction.
 */
@Service
public class ReviewImporter {

	private static final Logger log = LoggerFactory.getLogger(ReviewImporter.class);

	private final ReviewStore store;

	private final PartyClearances partyClearances;

	private final ClearedMatches clearedMatches;

	private final NameNormalizer normalizer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Autowired
	ReviewImporter(ReviewStore store, PartyClearances partyClearances, ClearedMatches clearedMatches,
			NameNormalizer normalizer, PlatformTransactionManager transactionManager) {
		this(store, partyClearances, clearedMatches, normalizer, transactionManager, Clock.systemDefaultZone());
	}

	ReviewImporter(ReviewStore store, PartyClearances partyClearances, ClearedMatches clearedMatches,
			NameNormalizer normalizer, PlatformTransactionManager transactionManager, Clock clock) {
		this.store = store;
		this.partyClearances = partyClearances;
		this.clearedMatches = clearedMatches;
		this.normalizer = normalizer;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Imports one workbook.
	 * @throws ReviewFileException when the file cannot be read as a flagged workbook at all
	 */
	public ImportReport importFile(Path file) {
		String name = file.getFileName().toString();
		ReviewWorkbookReader.Contents contents = ReviewWorkbookReader.read(file.toFile());
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		List<RowVerdict> verdicts = new ArrayList<>();
		java.util.Set<List<Object>> seen = new java.util.HashSet<>();
		for (ReviewedRow row : contents.reviewed()) {
			RowVerdict verdict = judge(row, today);
			// the same decision twice in one file (a copied row) is recorded once
			if (verdict instanceof Accepted accepted && !seen.add(List.of(accepted.result().runId(),
					accepted.result().transactionId(), accepted.decision(), accepted.reviewer(), accepted.note()))) {
				verdict = new Unchanged(row);
			}
			verdicts.add(verdict);
		}
		ReviewStore.ImportedFile imported = new ReviewStore.ImportedFile(name, file.toAbsolutePath().toString(),
				sha256(file), System.getProperty("user.name"));
		List<Accepted> accepted = verdicts.stream()
			.filter(Accepted.class::isInstance)
			.map(Accepted.class::cast)
			.toList();
		List<Refused> refused = verdicts.stream().filter(Refused.class::isInstance).map(Refused.class::cast).toList();
		int unchanged = (int) verdicts.stream().filter(Unchanged.class::isInstance).count();
		this.transaction.executeWithoutResult((status) -> {
			long importId = this.store.insertImport(imported, now, contents.rowsRead(), accepted.size(), unchanged,
					refused.size());
			for (Accepted decision : accepted) {
				this.store.insertDecision(importId, decision, name, now);
			}
			int seq = 0;
			for (Refused refusal : refused) {
				this.store.insertRefusal(importId, ++seq, refusal, now);
			}
		});
		// after the commit: the good-guy list file is not transactional, and a pair without its
		// recorded decision would be a clearance nobody can account for
		int cleared = 0;
		for (Accepted decision : accepted) {
			for (PartyClearance clearance : decision.clearances()) {
				this.clearedMatches.add(clearance.clearance());
				cleared++;
			}
		}
		List<String> refusals = refused.stream().map(ReviewImporter::describe).toList();
		ImportReport report = new ImportReport(name, contents.rowsRead(), accepted.size(), unchanged, cleared,
				refusals);
		log.info("review import file='{}' rows={} accepted={} unchanged={} refused={} cleared={}", name,
				contents.rowsRead(), accepted.size(), unchanged, refused.size(), cleared);
		refusals.forEach((refusal) -> log.warn("review import file='{}' refused: {}", name, refusal));
		return report;
	}

	private static String describe(Refused refused) {
		String id = refused.row().transactionId();
		return refused.row().where() + (id.isEmpty() ? "" : " (" + id + ")") + ": " + refused.reason();
	}

	/** Accepts, refuses or recognises one reviewed row. */
	RowVerdict judge(ReviewedRow row, LocalDate today) {
		String decisionText = row.get(ReviewedRow.DECISION);
		if (decisionText.isEmpty()) {
			return new Refused(row, null, "a reviewer or note but no Reviewer decision (pick one of "
					+ labels() + ")");
		}
		Optional<ReviewDecision> parsed = ReviewDecision.parse(decisionText);
		if (parsed.isEmpty()) {
			return new Refused(row, null, "Reviewer decision '" + decisionText + "' is not one of " + labels());
		}
		ReviewDecision decision = parsed.get();
		String reviewer = row.get(ReviewedRow.REVIEWER);
		if (reviewer.isEmpty()) {
			return new Refused(row, null, "no Reviewer: every decision needs the name of who made it");
		}
		if (reviewer.length() > 128) {
			return new Refused(row, null, "Reviewer is longer than 128 characters");
		}
		String transactionId = row.transactionId();
		if (transactionId.isEmpty()) {
			return new Refused(row, null, "no Transaction ID");
		}
		String runText = row.get(FlaggedWorkbookWriter.RUN_HEADER);
		Long runId = parseRun(runText);
		if (runId == null) {
			return new Refused(row, null, "Run '" + runText + "' is not a run id: the Run column was edited");
		}
		Optional<StoredResult> found = this.store.result(runId, transactionId);
		if (found.isEmpty()) {
			return new Refused(row, runId, "unknown result: run " + runId + " screened no transaction '"
					+ transactionId + "' (was the Transaction ID or Run edited?)");
		}
		StoredResult result = found.get();
		Optional<String> altered = altered(row, result);
		if (altered.isPresent()) {
			return new Refused(row, runId, "key columns altered: " + altered.get()
					+ "; decide on the workbook as it was produced");
		}
		Optional<StoredResult> later = this.store.laterResult(runId, transactionId);
		if (later.isPresent() && (!later.get().decision().equals(result.decision())
				|| !nz(later.get().ruleIds()).equals(nz(result.ruleIds())))) {
			StoredResult now = later.get();
			return new Refused(row, runId, "changed result: run " + now.runId() + " (" + now.runDate()
					+ ") screened it since as " + now.decision() + " (" + nz(now.ruleIds())
					+ "); decide on that night's workbook");
		}
		String note = row.get(ReviewedRow.NOTE);
		boolean releases = decision == ReviewDecision.RELEASE || decision == ReviewDecision.FALSE_POSITIVE;
		if (releases && "HOLD".equals(result.decision()) && note.isEmpty()) {
			return new Refused(row, runId, decision.label() + " of a HOLD needs a note or licence reference in "
					+ "Reviewer note");
		}
		if (this.store.alreadyRecorded(runId, transactionId, decision, reviewer, note)) {
			return new Unchanged(row);
		}
		List<PartyClearance> clearances = List.of();
		if (decision == ReviewDecision.FALSE_POSITIVE) {
			PartyClearances.Outcome outcome = this.partyClearances.forResult(runId, transactionId, reviewer, note,
					today);
			if (outcome.refusal() != null) {
				return new Refused(row, runId, "FALSE POSITIVE not recorded: " + outcome.refusal());
			}
			clearances = outcome.clearances();
		}
		return new Accepted(row, result, decision, reviewer, note, consigneeKey(result.consigneeName()), clearances);
	}

	/** The first key cell that differs from the stored result, said plainly. */
	private static Optional<String> altered(ReviewedRow row, StoredResult result) {
		for (Map.Entry<String, String> cell : result.keyCells().entrySet()) {
			String shown = row.get(cell.getKey());
			if (!shown.equals(cell.getValue())) {
				return Optional.of(cell.getKey() + " is '" + shown + "' in the workbook but '" + cell.getValue()
						+ "' in run " + result.runId());
			}
		}
		return Optional.empty();
	}

	String consigneeKey(String consignee) {
		if (consignee == null || consignee.isBlank()) {
			return null;
		}
		String key = this.normalizer.normalize(consignee).key();
		return (key.length() > 255) ? key.substring(0, 255) : key;
	}

	private static Long parseRun(String text) {
		try {
			double value = Double.parseDouble(text);
			return (value > 0 && value == Math.rint(value)) ? (long) value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String labels() {
		return String.join(", ", java.util.Arrays.stream(ReviewDecision.values()).map(ReviewDecision::label).toList());
	}

	private static String nz(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

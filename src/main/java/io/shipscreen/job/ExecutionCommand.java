package io.shipscreen.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import io.shipscreen.cli.Command;
import io.shipscreen.cli.CommandException;
import io.shipscreen.cli.CommandLine;
import io.shipscreen.cli.ExitCodes;


/** {@code restart ID}, {@code abandon ID}, {@code recover ID}: act on one execution seen in {@code runs}. */
abstract class ExecutionCommand implements Command {

	final RunOperations operations;

	ExecutionCommand(RunOperations operations) {
		this.operations = operations;
	}

	@Override
	public int run(CommandLine commandLine) throws Exception {
		String id = commandLine.argument(0, "execution id (see 'runs')");
		long executionId;
		try {
			executionId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new CommandException("execution id must be a number, not '" + id + "'", ExitCodes.USAGE);
		}
		try {
			JobExecution execution = act(executionId);
			System.out.printf("shipscreen %s: execution %d -> execution %d %s%n", name(), executionId,
					execution.getId(), execution.getStatus());
			return (execution.getStatus() == BatchStatus.FAILED) ? ExitCodes.FAILED : ExitCodes.OK;
		}
		catch (RunRefusedException ex) {
			throw new CommandException(ex.getMessage(), ExitCodes.REFUSED);
		}
	}

	abstract JobExecution act(long executionId) throws Exception;

	@Component
	static class Restart extends ExecutionCommand {

		Restart(RunOperations operations) {
			super(operations);
		}

		@Override
		public String name() {
			return "restart";
		}

		@Override
		public String usage() {
			return "restart ID   restart a FAILED or STOPPED execution from its last committed chunk";
		}

		@Override
		JobExecution act(long executionId) throws Exception {
			return this.operations.restart(executionId);
		}

	}

	@Component
	static class Abandon extends ExecutionCommand {

		Abandon(RunOperations operations) {
			super(operations);
		}

		@Override
		public String name() {
			return "abandon";
		}

		@Override
		public String usage() {
			return "abandon ID   give up a failed execution for good (the night can then only be --rerun)";
		}

		@Override
		JobExecution act(long executionId) throws Exception {
			return this.operations.abandon(executionId);
		}

	}

	@Component
	static class Recover extends ExecutionCommand {

		Recover(RunOperations operations) {
			super(operations);
		}

		@Override
		public String name() {
			return "recover";
		}

		@Override
		public String usage() {
			return "recover ID   mark an execution left STARTED by a killed process as FAILED (restartable)";
		}

		@Override
		JobExecution act(long executionId) {
			return this.operations.recover(executionId);
		}

	}

}

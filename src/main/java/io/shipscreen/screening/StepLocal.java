package io.shipscreen.screening;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

/**
 * State that belongs to one step execution, for the singletons that screen rows (the quota
 * ledger's reservations, the customer history). A partitioned night runs several step executions
 * at once in one process, each over accounts of its own: each must see only its own rows, as a
 * one-step night does. Outside a step (a test, a single screening call) there is one shared state.
 * The state is looked up through Spring Batch's step synchronisation, which the step's thread and
 * the screen-ahead thread both register.
 */
public final class StepLocal<T> {

	private final Supplier<T> initial;

	private final Map<Long, T> byStep = new ConcurrentHashMap<>();

	private volatile T unscoped;

	public StepLocal(Supplier<T> initial) {
		this.initial = initial;
		this.unscoped = initial.get();
	}

	/** The current step execution's state, made on first use. */
	public T get() {
		Long step = currentStep();
		return (step != null) ? this.byStep.computeIfAbsent(step, (id) -> this.initial.get()) : this.unscoped;
	}

	/** Starts the current step execution (or the shared state) afresh. */
	public T reset() {
		Long step = currentStep();
		T fresh = this.initial.get();
		if (step != null) {
			this.byStep.put(step, fresh);
		}
		else {
			this.unscoped = fresh;
		}
		return fresh;
	}

	/** Drops the current step execution's state (the step ended); the shared state is kept. */
	public void remove() {
		Long step = currentStep();
		if (step != null) {
			this.byStep.remove(step);
		}
	}

	private static Long currentStep() {
		StepContext context = StepSynchronizationManager.getContext();
		return (context != null) ? context.getStepExecution().getId() : null;
	}

}

package io.shipscreen.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartFactoryBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Completes a lazy start ({@link StartupMode}) for a command that screens, once its command line
 * has been checked: does for the singletons the lazy start left unbuilt (the party lists and their
 * index, the policies, the job, the scale-out flows) what an eager start does, so that a bad file
 * fails here, before anything is launched. A bean built lazily earlier is left as it is.
 */
@Component
public class StartCompletion {

	private final ConfigurableListableBeanFactory beans;

	public StartCompletion(BeanFactory beans) {
		this.beans = (ConfigurableListableBeanFactory) beans;
	}

	/**
	 * Builds the singletons not built yet; calls {@link SmartInitializingSingleton} on those it
	 * built (the others had theirs when the start built them); starts, by phase, the
	 * {@link SmartLifecycle} ones that start on their own (a Spring Integration flow's endpoints:
	 * without them a partitioned night's requests have no subscriber), as the context's refresh
	 * would have.
	 * @throws org.springframework.beans.BeansException when one cannot be built
	 */
	public void complete() {
		Set<String> built = Set.of(this.beans.getSingletonNames());
		String[] names = this.beans.getBeanDefinitionNames();
		for (String name : names) {
			if (!built.contains(name) && isEagerSingleton(name)) {
				build(name);
			}
		}
		for (String name : names) {
			if (!built.contains(name) && this.beans.containsSingleton(name)
					&& this.beans.getSingleton(name) instanceof SmartInitializingSingleton initializing) {
				initializing.afterSingletonsInstantiated();
			}
		}
		startNew(built);
	}

	private boolean isEagerSingleton(String name) {
		BeanDefinition definition = this.beans.getMergedBeanDefinition(name);
		return !definition.isAbstract() && definition.isSingleton();
	}

	/** As {@code preInstantiateSingletons} does: a factory bean builds its object only when it asks to. */
	private void build(String name) {
		if (this.beans.isFactoryBean(name)) {
			Object factory = this.beans.getBean(BeanFactory.FACTORY_BEAN_PREFIX + name);
			if (factory instanceof SmartFactoryBean<?> smart && smart.isEagerInit()) {
				this.beans.getBean(name);
			}
		}
		else {
			this.beans.getBean(name);
		}
	}

	/** Starts the new auto-starting lifecycle beans (registered ones included), lowest phase first. */
	private void startNew(Set<String> built) {
		List<SmartLifecycle> lifecycles = new ArrayList<>();
		for (String name : this.beans.getSingletonNames()) {
			if (!built.contains(name) && this.beans.getSingleton(name) instanceof SmartLifecycle lifecycle
					&& lifecycle.isAutoStartup() && !lifecycle.isRunning()) {
				lifecycles.add(lifecycle);
			}
		}
		lifecycles.sort(Comparator.comparingInt(SmartLifecycle::getPhase));
		lifecycles.forEach(SmartLifecycle::start);
	}

}

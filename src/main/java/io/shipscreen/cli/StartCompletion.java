package io.shipscreen.cli;

import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.SmartFactoryBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Completes a lazy start ({@link StartupMode}) for a command that screens, once its command line
 * has been checked: builds every singleton the lazy start left unbuilt (the party lists and their
 * index, the policies, the job), as an eager start would, so that a bad file fails here, before
 * anything is launched. A bean built lazily earlier is left as it is.
 */
@Component
public class StartCompletion {

	private final ConfigurableListableBeanFactory beans;

	public StartCompletion(BeanFactory beans) {
		this.beans = (ConfigurableListableBeanFactory) beans;
	}

	/**
	 * Builds the singletons not built yet, then calls {@link SmartInitializingSingleton} on those it
	 * built (the others had theirs when they were built during the start).
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

}

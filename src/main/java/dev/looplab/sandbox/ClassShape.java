package dev.looplab.sandbox;

import java.lang.classfile.ClassModel;
import java.lang.classfile.FieldModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.AccessFlag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What member resolution needs to know of one class: its supertypes and the members it
 * declares. Internal names; methods as {@code name(descriptor)}, fields by name.
 *
 * @param name the class
 * @param superclass its superclass, null for {@code java/lang/Object}
 * @param interfaces the interfaces it implements or extends
 * @param isInterface whether it is an interface
 * @param methods every method it declares
 * @param uninherited its static and private methods, which an interface does not pass on
 * @param fields every field it declares
 */
record ClassShape(String name, String superclass, List<String> interfaces, boolean isInterface, Set<String> methods,
		Set<String> uninherited, Set<String> fields) {

	static ClassShape of(ClassModel model) {
		Set<String> methods = new HashSet<>();
		Set<String> uninherited = new HashSet<>();
		for (MethodModel method : model.methods()) {
			String key = method.methodName().stringValue() + method.methodType().stringValue();
			methods.add(key);
			if (method.flags().has(AccessFlag.STATIC) || method.flags().has(AccessFlag.PRIVATE)) {
				uninherited.add(key);
			}
		}
		Set<String> fields = new HashSet<>();
		for (FieldModel field : model.fields()) {
			fields.add(field.fieldName().stringValue());
		}
		return new ClassShape(model.thisClass().asInternalName(),
				model.superclass().map((type) -> type.asInternalName()).orElse(null),
				model.interfaces().stream().map((type) -> type.asInternalName()).toList(),
				model.flags().has(AccessFlag.INTERFACE), Set.copyOf(methods), Set.copyOf(uninherited),
				Set.copyOf(fields));
	}

	/** Whether a subinterface or implementing class inherits this interface method. */
	boolean passesOn(String method) {
		return this.methods.contains(method) && !this.uninherited.contains(method);
	}

}

package dev.looplab.sandbox;

import java.lang.classfile.ClassSignature;
import java.lang.classfile.MethodSignature;
import java.lang.classfile.Signature;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes a generic signature names ({@code List<java.io.File>} names
 * {@code java/io/File} although the descriptor only says {@code java/util/List}).
 */
final class BytecodeSignatures {

	private BytecodeSignatures() {
	}

	static List<String> classesIn(ClassSignature signature) {
		List<String> names = new ArrayList<>();
		signature.typeParameters().forEach((parameter) -> collect(parameter, names));
		collect(signature.superclassSignature(), names);
		signature.superinterfaceSignatures().forEach((implemented) -> collect(implemented, names));
		return names;
	}

	static List<String> classesIn(MethodSignature signature) {
		List<String> names = new ArrayList<>();
		signature.typeParameters().forEach((parameter) -> collect(parameter, names));
		signature.arguments().forEach((argument) -> collect(argument, names));
		collect(signature.result(), names);
		signature.throwableSignatures().forEach((thrown) -> collect(thrown, names));
		return names;
	}

	static List<String> classesIn(Signature signature) {
		List<String> names = new ArrayList<>();
		collect(signature, names);
		return names;
	}

	private static void collect(Signature.TypeParam parameter, List<String> names) {
		parameter.classBound().ifPresent((bound) -> collect(bound, names));
		parameter.interfaceBounds().forEach((bound) -> collect(bound, names));
	}

	private static void collect(Signature signature, List<String> names) {
		switch (signature) {
			case Signature.ClassTypeSig type -> {
				String descriptor = type.classDesc().descriptorString();
				names.add(descriptor.substring(1, descriptor.length() - 1));
				type.outerType().ifPresent((outer) -> collect(outer, names));
				for (Signature.TypeArg argument : type.typeArgs()) {
					if (argument instanceof Signature.TypeArg.Bounded bounded) {
						collect(bounded.boundType(), names);
					}
				}
			}
			case Signature.ArrayTypeSig array -> collect(array.componentSignature(), names);
			default -> {
				// Primitive types and type variables name no class.
			}
		}
	}

}

package dev.looplab.sandbox;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans java.base for members that learner code can reach through a class it may use (or
 * through its own subclass of one) but that are declared in a class it may not use, or
 * closed where they are declared: {@code ForkJoinWorkerThread.getAllStackTraces} is
 * {@code Thread.getAllStackTraces}. Every one of them must be refused. Which class
 * declares a member is found here with reflection, independently of the check's own
 * reading of class files.
 */
class InheritedMemberScanTests {

	private static final ApiPolicy POLICY = new ApiPolicy(new MemberResolution(Map.of()));

	/** {@code owner.name(descriptor)} as written, then where it is judged closed. */
	private static final List<String[]> reachable = new ArrayList<>();

	@BeforeAll
	static void scanJavaBase() throws IOException, ClassNotFoundException {
		for (String name : javaBaseClasses()) {
			if (POLICY.forClass(name) != null) {
				continue;
			}
			Class<?> type = Class.forName(name.replace('/', '.'), false, null);
			if (!Modifier.isPublic(type.getModifiers())) {
				continue;
			}
			// A class learner code may extend also lends it its protected members.
			boolean open = !Modifier.isFinal(type.getModifiers());
			for (Member member : reachableMembers(type, open)) {
				String closedWhere = closedWhereDeclared(member);
				if (closedWhere != null) {
					reachable.add(new String[] { name, name(member), descriptor(member), closedWhere });
				}
			}
		}
	}

	@Test
	void everyMemberClosedWhereItIsDeclaredIsRefusedThroughEveryClassThatLendsIt() {
		List<String> allowed = reachable.stream()
			.filter((use) -> POLICY.forReference(use[0], use[1], use[2]) == null)
			.map((use) -> use[0] + "." + use[1] + use[2] + " (closed as " + use[3] + ")")
			.toList();
		assertThat(allowed).as("members reachable through an allowed class but closed where declared").isEmpty();
	}

	@Test
	void theScanFindsTheThreadMembersThatForkJoinWorkerThreadLends() {
		assertThat(reachable).extracting((use) -> use[0] + "." + use[1] + use[2])
			.contains("java/util/concurrent/ForkJoinWorkerThread.getAllStackTraces()Ljava/util/Map;",
					"java/util/concurrent/ForkJoinWorkerThread.enumerate([Ljava/lang/Thread;)I");
	}

	/**
	 * Public members, inherited ones included, and for an open class the protected ones
	 * of it and its superclasses that nothing nearer hides.
	 */
	private static List<Member> reachableMembers(Class<?> type, boolean open) {
		List<Member> members = new ArrayList<>(List.of(type.getMethods()));
		members.addAll(List.of(type.getFields()));
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (visible(constructor, open)) {
				members.add(constructor);
			}
		}
		if (open) {
			Set<String> nearer = new HashSet<>();
			for (Class<?> c = type; c != null; c = c.getSuperclass()) {
				for (Method method : c.getDeclaredMethods()) {
					if (nearer.add(method.getName() + descriptor(method))
							&& Modifier.isProtected(method.getModifiers())) {
						members.add(method);
					}
				}
				for (Field field : c.getDeclaredFields()) {
					if (nearer.add(field.getName()) && Modifier.isProtected(field.getModifiers())) {
						members.add(field);
					}
				}
			}
		}
		return members;
	}

	/**
	 * Where the member is closed: at its declaring class, or for a constructor at a
	 * superclass that is closed or whose constructors are all closed (creating the object
	 * runs one of them). Null when nothing closes it there.
	 */
	private static String closedWhereDeclared(Member member) {
		String declaring = internalName(member.getDeclaringClass());
		if (!(member instanceof Constructor<?> constructor)) {
			ApiPolicy.Denial denial = POLICY.forMember(declaring, member.getName(), descriptor(member));
			return (denial != null) ? denial.api() : null;
		}
		for (Class<?> superclass = constructor.getDeclaringClass()
			.getSuperclass(); superclass != null; superclass = superclass.getSuperclass()) {
			String name = internalName(superclass);
			if (POLICY.forClass(name) != null || everyConstructorClosed(superclass)) {
				return name + ".<init>";
			}
		}
		return null;
	}

	private static boolean everyConstructorClosed(Class<?> type) {
		List<Constructor<?>> usable = Stream.of(type.getDeclaredConstructors())
			.filter((constructor) -> visible(constructor, true))
			.toList();
		return !usable.isEmpty() && usable.stream()
			.allMatch((constructor) -> POLICY.forMember(internalName(type), "<init>", descriptor(constructor)) != null);
	}

	private static boolean visible(Member member, boolean open) {
		return Modifier.isPublic(member.getModifiers()) || (open && Modifier.isProtected(member.getModifiers()));
	}

	private static String name(Member member) {
		return (member instanceof Constructor<?>) ? "<init>" : member.getName();
	}

	private static String descriptor(Member member) {
		return switch (member) {
			case Method method ->
				MethodType.methodType(method.getReturnType(), method.getParameterTypes()).toMethodDescriptorString();
			case Constructor<?> constructor ->
				MethodType.methodType(void.class, constructor.getParameterTypes()).toMethodDescriptorString();
			case Field field -> field.getType().descriptorString();
			default -> throw new IllegalArgumentException(member.toString());
		};
	}

	private static String internalName(Class<?> type) {
		return type.getName().replace('.', '/');
	}

	private static List<String> javaBaseClasses() throws IOException {
		Path base = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base");
		try (Stream<Path> files = Files.walk(base)) {
			return files.map((file) -> base.relativize(file).toString())
				.filter((file) -> file.endsWith(".class") && !file.equals("module-info.class"))
				.map((file) -> file.substring(0, file.length() - ".class".length()))
				.sorted()
				.toList();
		}
	}

}

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

public class Main {
	public static void main(String[] args) throws Throwable {
		Linker linker = Linker.nativeLinker(); // forbidden
		MethodHandle getpid = linker.downcallHandle(linker.defaultLookup().find("getpid").orElseThrow(),
				FunctionDescriptor.of(ValueLayout.JAVA_INT));
		System.out.println("native getpid: " + (int) getpid.invokeExact());
	}
}

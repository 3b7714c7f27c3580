import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;

public class Main {
	public static void main(String[] args) throws Exception {
		// Describing System.exit is harmless; resolving the description with a Lookup
		// would hand out a method handle to it.
		MethodHandleDesc exit = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
				ClassDesc.of("java.lang.System"), "exit", MethodTypeDesc.of(ConstantDescs.CD_void, ConstantDescs.CD_int));
		MethodHandles.Lookup lookup = null;
		Object handle = exit.resolveConstantDesc(lookup); // forbidden
		System.out.println("resolved " + handle);
	}
}

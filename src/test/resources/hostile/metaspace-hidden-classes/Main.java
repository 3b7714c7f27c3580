import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandles;

public class Main {
	public static void main(String[] args) throws Exception {
		MethodHandles.Lookup lookup = MethodHandles.lookup(); // forbidden
		for (int i = 0;; i++) {
			byte[] bytes = ClassFile.of().build(ClassDesc.of("Spawned" + i), (builder) -> { });
			lookup.defineHiddenClass(bytes, false);
		}
	}
}

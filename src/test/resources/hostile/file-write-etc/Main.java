import java.io.FileOutputStream;

public class Main {
	public static void main(String[] args) throws Exception {
		try (FileOutputStream out = new FileOutputStream("/etc/hostile-probe")) { // forbidden
			out.write("written into /etc".getBytes());
		}
		System.out.println("wrote /etc/hostile-probe");
	}
}

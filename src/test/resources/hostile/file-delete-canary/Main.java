import java.io.File;

public class Main {
	public static void main(String[] args) {
		boolean deleted = new File("${CANARY}").delete(); // forbidden
		System.out.println("deleted the canary: " + deleted);
	}
}

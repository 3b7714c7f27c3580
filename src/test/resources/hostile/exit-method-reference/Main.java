import java.util.function.IntConsumer;

public class Main {
	public static void main(String[] args) {
		IntConsumer leave = System::exit; // forbidden
		leave.accept(0);
	}
}
